package org.openv2v.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.shared.Refusal;

/** A page's case id, and telling a missing case from something missing within it. */
class CaseIdsTests {

  @Test
  void an_id_is_read_as_it_is_written() {
    UUID id = UUID.randomUUID();
    assertThat(CaseIds.parse(id.toString())).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "42", "not-a-case", "00000000-0000-0000-0000"})
  void text_that_is_no_id_names_no_case(String text) {
    assertThatThrownBy(() -> CaseIds.parse(text))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
              assertThat(CaseIds.isMissingCase(r)).isTrue();
              assertThat(r.arguments()).containsExactly(text);
            });
  }

  @Test
  void other_refusals_are_not_about_the_case_even_when_their_text_starts_alike() {
    UUID id = UUID.randomUUID();
    assertThat(CaseIds.isMissingCase(CaseIds.missing(id))).isTrue();
    assertThat(CaseIds.missing(id).getMessage()).isEqualTo("No case " + id);
    assertThat(CaseIds.isMissingCase(Refusal.notFound("No case " + id))).isFalse();
    assertThat(
            CaseIds.isMissingCase(
                Refusal.notFound("No follow-up item").withWords("refusal.followUp.notFound")))
        .isFalse();
  }
}
