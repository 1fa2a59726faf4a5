package org.openv2v.simulation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openv2v.simulation.network.Vocabulary;
import tools.jackson.core.JsonParser;

/** The reference files as the simulator reads them, with Jackson's streaming parser. */
class ReferenceFileTests {

  @Test
  void the_vocabulary_holds_the_products_indications_and_the_sites() {
    Vocabulary vocabulary = ReferenceVocabulary.get();

    assertThat(vocabulary.indicationsByProduct().get("tisa-cel")).contains("B-ALL");
    Vocabulary.Site snuh = vocabulary.sites().get("KR-SNUH");
    assertThat(snuh.type()).isEqualTo("TREATMENT_CENTRE");
    assertThat(snuh.region()).isEqualTo("Seoul");
    assertThat(snuh.manufactures()).isEmpty();
    assertThat(vocabulary.sites().values())
        .anySatisfy(site -> assertThat(site.manufactures()).isNotEmpty());
  }

  @Test
  void sites_are_named_in_the_readers_language_and_unknown_ones_by_their_id() {
    assertThat(SiteNames.of("KR-SNUH", Locale.KOREAN)).isEqualTo("서울대학교병원");
    assertThat(SiteNames.of("KR-SNUH", Locale.ENGLISH))
        .isEqualTo("Seoul National University Hospital");
    assertThat(SiteNames.of("KR-NOWHERE", Locale.KOREAN)).isEqualTo("KR-NOWHERE");
  }

  @Test
  void an_array_of_texts_skips_what_is_not_text() {
    List<Capabilities> sites =
        ReferenceFile.objects("/reference/korea-network.json", "sites", Capabilities::new);
    assertThat(sites.get(0).texts).contains("APHERESIS", "ICU");
  }

  @Test
  void a_missing_file_is_named() {
    assertThatThrownBy(
            () -> ReferenceFile.objects("/reference/none.json", "sites", Capabilities::new))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/reference/none.json");
  }

  /** A site's capabilities. */
  private static final class Capabilities implements ReferenceFile.Field {
    private List<String> texts = List.of();

    @Override
    public boolean read(String name, JsonParser parser) {
      if (!name.equals("capabilities")) {
        return false;
      }
      texts = ReferenceFile.texts(parser);
      return true;
    }
  }
}
