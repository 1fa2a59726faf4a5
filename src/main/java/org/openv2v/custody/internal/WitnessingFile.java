package org.openv2v.custody.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.WitnessingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads which custody steps need a witness from {@code reference/custody-witnessing.json}, or from
 * the file {@code openv2v.custody.witnessing-file} names ({@code file:/etc/openv2v/...}), so that a
 * deployment sets its own country's and products' rules. A misspelt step or field stops start-up.
 */
@Configuration(proxyBeanMethods = false)
public class WitnessingFile {

  private static final Logger log = LoggerFactory.getLogger(WitnessingFile.class);

  /** The file as written. */
  record Document(
      int version,
      String asOf,
      String source,
      List<CustodyStep> witnessedSteps,
      Map<String, ProductRule> products) {}

  /** One product's own witnessed steps, replacing the default, with where the rule comes from. */
  record ProductRule(List<CustodyStep> witnessedSteps, String source) {}

  @Bean
  WitnessingRules witnessingRules(
      ResourceLoader resources,
      JsonMapper json,
      @Value("${openv2v.custody.witnessing-file:classpath:reference/custody-witnessing.json}")
          String location) {
    Resource resource = resources.getResource(location);
    Document document;
    try (InputStream in = resource.getInputStream()) {
      document = json.readValue(in, Document.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("Cannot read the witnessing rules from " + location, e);
    }
    WitnessingRules rules = rules(document, location);
    log.info(
        "Custody steps that need a witness, from {} version {}: {} for every product{}",
        location,
        document.version(),
        rules.witnessedSteps(),
        rules.perProduct().isEmpty() ? "" : ", except " + rules.perProduct());
    return rules;
  }

  static WitnessingRules rules(Document document, String location) {
    if (document.witnessedSteps() == null || document.witnessedSteps().contains(null)) {
      throw new IllegalStateException(location + ": witnessedSteps must list steps");
    }
    Map<String, Set<CustodyStep>> perProduct = new LinkedHashMap<>();
    if (document.products() != null) {
      document
          .products()
          .forEach(
              (code, rule) -> {
                if (rule == null
                    || rule.witnessedSteps() == null
                    || rule.witnessedSteps().contains(null)) {
                  throw new IllegalStateException(
                      location + ": products." + code + ".witnessedSteps must list steps");
                }
                perProduct.put(code, steps(rule.witnessedSteps()));
              });
    }
    return new WitnessingRules(steps(document.witnessedSteps()), perProduct);
  }

  private static Set<CustodyStep> steps(List<CustodyStep> steps) {
    return steps.isEmpty() ? Set.of() : EnumSet.copyOf(steps);
  }
}
