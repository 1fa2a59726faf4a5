package org.openv2v.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.openv2v.safety.domain.LymphodepletionRegimen;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lymphodepletion regimens of reference/safety/lymphodepletion.json, copied with their sources
 * from clinical-rules §6.1.
 */
@Component
public class Regimens {

  private final List<LymphodepletionRegimen> regimens;

  Regimens(JsonMapper json) {
    try (InputStream in =
        new ClassPathResource("reference/safety/lymphodepletion.json").getInputStream()) {
      this.regimens = json.readValue(in, RegimenFile.class).regimens();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record RegimenFile(int version, String note, List<LymphodepletionRegimen> regimens) {}

  public Optional<LymphodepletionRegimen> of(String productCode, String indication) {
    return regimens.stream()
        .filter(regimen -> regimen.productCode().equals(productCode))
        .filter(regimen -> regimen.covers(indication))
        .findFirst();
  }

  public List<LymphodepletionRegimen> all() {
    return regimens;
  }
}
