package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** The CAR-HEMATOTOX vectors TV-HT-1..7 of clinical-rules §3.2 and the boundary values. */
class CarHematotoxTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "TV-HT-1,            220, 3400, 12.4, 0.8, MG_DL, 180,  0, LOW",
    "TV-HT-2,            130, 1800, 10.5, 1.4, MG_DL, 320,  1, LOW",
    "TV-HT-3,            110, 950,  10.1, 4.2, MG_DL, 540,  3, HIGH",
    "TV-HT-4,            60,  700,  8.5,  2.4, MG_DL, 1400, 5, HIGH",
    "TV-HT-5,            40,  400,  7.8,  9.5, MG_DL, 3200, 7, HIGH",
    "TV-HT-6,            180, 1300, 9.5,  2.0, MG_DL, 700,  1, LOW",
    "TV-HT-7 CRP mg/L,   180, 1300, 9.5,  35,  MG_L,  700,  2, HIGH",
    "ANC 1200 is 0,      200, 1200, 12,   1,   MG_DL, 100,  0, LOW",
    "ANC 1199 is 1,      200, 1199, 12,   1,   MG_DL, 100,  1, LOW",
    "Hb 9.0 is 0,        200, 2000, 9.0,  1,   MG_DL, 100,  0, LOW",
    "Hb 8.9 is 1,        200, 2000, 8.9,  1,   MG_DL, 100,  1, LOW",
    "CRP 3.0 is 1,       200, 2000, 12,   3.0, MG_DL, 100,  1, LOW",
    "CRP 30 mg/L is 1,   200, 2000, 12,   30,  MG_L,  100,  1, LOW",
    "PLT 175 is 1,       175, 2000, 12,   1,   MG_DL, 100,  1, LOW",
    "PLT 175.1 is 0,     175.1, 2000, 12, 1,   MG_DL, 100,  0, LOW",
    "PLT 75 is 1,        75,  2000, 12,   1,   MG_DL, 100,  1, LOW",
    "PLT 74.9 is 2,      74.9, 2000, 12,  1,   MG_DL, 100,  2, HIGH",
    "ferritin 650 is 1,  200, 2000, 12,   1,   MG_DL, 650,  1, LOW",
    "ferritin 2000 is 1, 200, 2000, 12,   1,   MG_DL, 2000, 1, LOW",
    "ferritin 2001 is 2, 200, 2000, 12,   1,   MG_DL, 2001, 2, HIGH",
  })
  void should_score_the_published_vectors(
      String id,
      double platelets,
      double anc,
      double hb,
      double crp,
      CrpUnit unit,
      double ferritin,
      int score,
      String risk) {
    CarHematotox result = CarHematotox.score(platelets, anc, hb, crp, unit, ferritin);
    assertThat(result.score()).as(String.join("; ", result.reasons())).isEqualTo(score);
    assertThat(result.risk()).isEqualTo(risk);
  }

  @Test
  void should_refuse_a_negative_ferritin() {
    assertThatThrownBy(() -> CarHematotox.score(200.0, 2000.0, 12.0, 1.0, CrpUnit.MG_DL, -1.0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.fieldProblems().get(0).field()).isEqualTo("ferritinNgMl"));
  }
}
