package org.openv2v.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes validation.html, validation.md (Thymeleaf) and validation.json (Jackson). */
public final class ValidationPage {

  private ValidationPage() {}

  public static void write(Validation validation, Locale locale, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("validation.html"),
        render(validation, locale, TemplateMode.HTML),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("validation.md"),
        render(validation, locale, TemplateMode.TEXT),
        StandardCharsets.UTF_8);
    JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Files.writeString(
        dir.resolve("validation.json"),
        json.writeValueAsString(validation) + "\n",
        StandardCharsets.UTF_8);
  }

  static String render(Validation validation, Locale locale, TemplateMode mode) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("validation/templates/");
    resolver.setSuffix(mode == TemplateMode.HTML ? ".html" : ".md");
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    // Spring's expression language (SpEL), no application context: the page renders from the CLI.
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new BundleMessages());
    Context context = new Context(locale);
    context.setVariable("v", validation);
    context.setVariable("fmt", new CheckFigures(locale));
    context.setVariable("within", validation.count(Check.Status.WITHIN));
    context.setVariable("outside", validation.count(Check.Status.OUTSIDE));
    context.setVariable("notRun", validation.count(Check.Status.NOT_RUN));
    return engine.process("validation", context);
  }
}
