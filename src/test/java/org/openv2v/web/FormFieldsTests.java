package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.shared.Refusal;

class FormFieldsTests {

  static final String ID = "3f1c2a9e-5b7d-4c21-9a0e-2d6f8b1c4e7a";

  @ParameterizedTest
  @ValueSource(strings = {ID, " " + ID + " "})
  void should_read_an_id_and_keep_it_as_the_request_id(String text) {
    assertThat(FormFields.id("eventId", text)).isEqualTo(UUID.fromString(ID));
    assertThat(FormFields.requestId(text)).isEqualTo(UUID.fromString(ID));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"not-an-id", "3f1c2a9e"})
  void should_refuse_a_tampered_id_naming_the_field_but_give_a_fresh_request_id(String text) {
    assertThatThrownBy(() -> FormFields.id("eventId", text))
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal -> {
              assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
              assertThat(refusal.fieldProblems())
                  .extracting(p -> p.field())
                  .containsExactly("eventId");
            });
    UUID first = FormFields.requestId(text);
    assertThat(first).isNotNull().isNotEqualTo(FormFields.requestId(text));
  }
}
