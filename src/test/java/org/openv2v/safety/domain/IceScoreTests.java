package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** The ICE item vectors of clinical-rules §2.4 and their ICANS grades. */
class IceScoreTests {

  @ParameterizedTest(name = "({0},{1},{2},{3},{4}) = {5}, ICANS {6}")
  @CsvSource({
    "4, 3, 1, 1, 1, 10, 0",
    "3, 2, 1, 0, 1, 7,  1",
    "2, 1, 1, 0, 0, 4,  2",
    "0, 1, 0, 0, 0, 1,  3",
    "0, 0, 0, 0, 0, 0,  3",
  })
  void should_sum_the_items_and_grade_the_total(
      int orientation, int naming, int commands, int writing, int attention, int score, int grade) {
    IceScore ice = IceScore.of(new IceItems(orientation, naming, commands, writing, attention));
    assertThat(ice.score()).contains(score);
    assertThat(ice.unableToPerform()).isFalse();
    assertThat(
            IcansGrading.grade(
                    new IcansFindings(
                        40,
                        ice.score(),
                        false,
                        Optional.empty(),
                        false,
                        Consciousness.NORMAL,
                        false,
                        Seizure.NONE,
                        MotorFinding.NONE,
                        CerebralEdema.NONE,
                        false),
                    RuleSettings.defaults())
                .value())
        .isEqualTo(grade);
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource({
    "5, 3, 1, 1, 1, orientation",
    "4, 4, 1, 1, 1, naming",
    "4, 3, 2, 1, 1, commands",
    "4, 3, 1, -1, 1, writing",
    "4, 3, 1, 1, 2, attention",
  })
  void should_refuse_an_item_out_of_range(
      int orientation, int naming, int commands, int writing, int attention, String field) {
    assertThatThrownBy(
            () -> IceScore.of(new IceItems(orientation, naming, commands, writing, attention)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.fieldProblems().get(0).field()).isEqualTo(field));
  }

  @Test
  void should_keep_unable_to_perform_apart_from_zero() {
    IceScore unable = IceScore.unable();
    assertThat(unable.unableToPerform()).isTrue();
    assertThat(unable.score()).isEmpty();
  }
}
