package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.logistics.domain.ExcursionKind;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;
import org.openv2v.logistics.domain.ShipmentStatus;
import org.openv2v.scheduling.domain.DiseaseTempo;

/**
 * The custody, shipments and booking panels build message keys from codes at run time
 * (#{${'custody.step.' + step}}); every code has its words in English and Korean.
 */
class CasePanelWordsTests {

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  private static List<String> keys(String prefix, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> prefix + v.name()).toList();
  }

  @Test
  void every_code_the_operational_panels_put_into_words_has_its_words_in_both_languages()
      throws IOException {
    List<String> custody = new ArrayList<>();
    custody.addAll(keys("custody.step.", CustodyStep.values()));
    custody.addAll(keys("custody.meaning.", CustodyStep.values()));
    custody.addAll(keys("custody.condition.", Condition.values()));
    List<String> logistics = new ArrayList<>();
    logistics.addAll(keys("logistics.leg.", Leg.values()));
    logistics.addAll(keys("logistics.status.", ShipmentStatus.values()));
    logistics.addAll(keys("logistics.packaging.", Packaging.values()));
    logistics.addAll(keys("logistics.finding.", ExcursionKind.values()));
    List<String> scheduling = new ArrayList<>(keys("scheduling.tempo.", DiseaseTempo.values()));
    scheduling.addAll(
        List.of(
            "scheduling.status.ACTIVE",
            "scheduling.status.CANCELLED",
            "scheduling.status.COMPLETED",
            "scheduling.status.DISPLACED",
            "scheduling.status.FAILED",
            "scheduling.path.PENDING",
            "scheduling.path.REAPHERESIS",
            "scheduling.path.OUT_OF_SPEC_ACCEPTED",
            "scheduling.path.WITHDRAWN"));
    for (String language : List.of("messages.properties", "messages_ko.properties")) {
      assertThat(load("custody/" + language).stringPropertyNames()).containsAll(custody);
      assertThat(load("logistics/" + language).stringPropertyNames()).containsAll(logistics);
      assertThat(load("scheduling/" + language).stringPropertyNames()).containsAll(scheduling);
    }
  }
}
