package org.openv2v.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Option ids carry what they stand for, and nothing else parses as one. */
class OptionIdTests {

  @Property
  void should_read_back_what_it_wrote(
      @ForAll @IntRange(min = 0, max = 20000) int days, @ForAll long most, @ForAll long least) {
    OptionId id =
        new OptionId("KR-SNUH", LocalDate.of(2020, 1, 1).plusDays(days), new UUID(most, least));
    assertThat(OptionId.parse(id.text())).contains(id);
  }

  @Property
  void should_refuse_arbitrary_text_without_throwing(@ForAll @StringLength(max = 80) String text) {
    assertThat(OptionId.parse(text))
        .satisfiesAnyOf(
            parsed -> assertThat(parsed).isEmpty(),
            parsed -> assertThat(parsed.get().text()).isNotBlank());
  }

  @Test
  void should_refuse_an_id_with_a_bad_date() {
    String text =
        java.util.Base64.getUrlEncoder()
            .encodeToString(("KR-SNUH|2027-02-30|" + UUID.randomUUID()).getBytes());
    assertThat(OptionId.parse(text)).isEmpty();
  }
}
