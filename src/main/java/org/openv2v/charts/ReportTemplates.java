package org.openv2v.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a page template to a String from plain Java, without the Spring application context: for
 * commands such as {@code simulate} and {@code economics} that write a self-contained report.html.
 * It reads the same {@code templates/<module>/<name>.html} from the classpath and the same message
 * bundles as the running platform, with the same expression language, so that one template serves
 * both the file and the page.
 *
 * <pre>{@code
 * ReportTemplates templates = ReportTemplates.withBundles("simulation/messages");
 * String html = templates.render("simulation/report", Locale.KOREAN, Map.of("run", run));
 * }</pre>
 *
 * A self-contained report includes the chart styles with {@code <style th:replace="~{charts/chart
 * :: styles}"></style>} and draws with {@code th:replace="~{charts/chart :: chart(${chart})}"}; it
 * fetches nothing. A page that shows the report inside itself renders one of the report's {@code
 * th:fragment}s alone with {@link #renderPart}, e.g. the report's {@code section} without its own
 * {@code <html>}, {@code <head>} and heading. Thread-safe; make one and keep it.
 */
public final class ReportTemplates {

  private final List<String> basenames;

  /**
   * The engine and its messages, made on first use, which may be a warm-up thread's (see {@link
   * #prepareInBackground}): a report's class is then cheap to load on the main thread.
   */
  private volatile Made made;

  private record Made(SpringTemplateEngine engine, ResourceBundleMessageSource messages) {}

  private ReportTemplates(List<String> basenames) {
    this.basenames = basenames;
  }

  private Made made() {
    Made done = made;
    if (done == null) {
      synchronized (this) {
        done = made;
        if (done == null) {
          done = make(basenames);
          made = done;
        }
      }
    }
    return done;
  }

  private SpringTemplateEngine engine() {
    return made().engine();
  }

  /**
   * A message of these templates' bundles in the reader's language, else {@code fallback}: for the
   * words a report's view builds in code (chart labels, table rows).
   */
  public String message(String key, Object[] args, String fallback, Locale locale) {
    return made().messages().getMessage(key, args, fallback, locale);
  }

  private static Made make(List<String> basenames) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(basenames.toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    // As the platform (spring.messages): Korean or the default bundle, never the JVM's locale.
    messages.setFallbackToSystemLocale(false);
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    // Thymeleaf's JavaScript serializer (for th:inline="javascript", which no report uses) is
    // otherwise Jackson 2's ObjectMapper with its modules, made as the engine starts: some 470
    // classes and a tenth of a CPU second of every command-line report (issue 17). A dialect of
    // our own, not the shared one every SpringTemplateEngine starts with (the web pages' too).
    SpringStandardDialect dialect = new SpringStandardDialect();
    dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
    engine.setDialect(dialect);
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
    engine.setEnableSpringELCompiler(false);
    return new Made(engine, messages);
  }

  /**
   * Templates that read the platform's common bundle ({@code messages}) and the given ones, e.g.
   * {@code "simulation/messages"}: classpath base names as in {@code spring.messages.basename}.
   */
  public static ReportTemplates withBundles(String... basenames) {
    List<String> all = new ArrayList<>();
    all.add("messages");
    all.addAll(List.of(basenames));
    return new ReportTemplates(List.copyOf(all));
  }

  /**
   * The page {@code templates/<template>.html} in the reader's language, with these variables.
   *
   * @param template e.g. {@code "simulation/report"}
   */
  public String render(String template, Locale locale, Map<String, ?> variables) {
    Context context = new Context(locale);
    variables.forEach(context::setVariable);
    return engine().process(template, context);
  }

  /**
   * Only the element marked {@code th:fragment="<part>"} of {@code templates/<template>.html}: the
   * piece of a report that a platform page shows inside itself.
   */
  public String renderPart(String template, String part, Locale locale, Map<String, ?> variables) {
    Context context = new Context(locale);
    variables.forEach(context::setVariable);
    return engine()
        .process(new TemplateSpec(template, Set.of(part), TemplateMode.HTML, null), context);
  }

  /**
   * Makes and readies the engine on a thread of its own, for a command that renders a report only
   * after a long run: the engine and its first page cost a few tenths of a CPU second (its
   * dialects, the HTML escape tables, the chart styles), which otherwise came after the run, on one
   * core, while the other idled. A render that comes sooner waits for the engine being made; a
   * later one waits for nothing: the engine is thread-safe.
   */
  public void prepareInBackground(Locale locale) {
    onItsOwnThread(
        "report-warm-up",
        () -> {
          renderPart("charts/chart", "styles", locale, Map.of());
          renderPart("charts/chart", "warm-up", locale, Map.of("text", "<\"&\u00a0>"));
        });
  }

  /** A daemon thread: a command that has written its files need not wait for it to exit. */
  private static void onItsOwnThread(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }
}
