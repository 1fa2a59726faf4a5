package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** The published ICANS vectors TV-ICANS-01..21 of clinical-rules §2.4, CAPD and the cut-off. */
class IcansGradingTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // id, age, ice, unable, capd, consciousness, otherCause, seizure, motor, edema, grade
    "TV-ICANS-01 ICE 10 alert,              45, 10, false,   , NORMAL,                false, NONE,              NONE,                DIFFUSE_NONE, 0",
    "TV-ICANS-02 ICE 9,                     45, 9,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 1",
    "TV-ICANS-03 ICE 7,                     45, 7,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 1",
    "TV-ICANS-04 ICE 6,                     45, 6,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 2",
    "TV-ICANS-05 ICE 3,                     45, 3,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 2",
    "TV-ICANS-06 ICE 2,                     45, 2,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 3",
    "TV-ICANS-07 ICE 8 awakens to voice,    45, 8,  false,   , AWAKENS_TO_VOICE,      false, NONE,              NONE,                NONE, 2",
    "TV-ICANS-08 ICE 3 + seizure,           45, 3,  false,   , NORMAL,                false, RAPIDLY_RESOLVING, NONE,                NONE, 3",
    "TV-ICANS-09 ICE 0 awake aphasic,       45, 0,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 3",
    "TV-ICANS-10 unarousable unable,        45,   , true,    , UNAROUSABLE,           false, NONE,              NONE,                NONE, 4",
    "TV-ICANS-11 ICE 9 + 7 min seizure,     45, 9,  false,   , NORMAL,                false, PROLONGED_OR_REPETITIVE, NONE,          NONE, 4",
    "TV-ICANS-12 ICE 8 + focal oedema,      45, 8,  false,   , NORMAL,                false, NONE,              NONE,                FOCAL, 3",
    "TV-ICANS-13 ICE 8 + papilloedema,      45, 8,  false,   , NORMAL,                false, NONE,              NONE,                DIFFUSE_OR_POSTURING_OR_CN6_OR_PAPILLEDEMA_OR_CUSHING, 4",
    "TV-ICANS-14 ICE 10 + hemiparesis,      45, 10, false,   , NORMAL,                false, NONE,              DEEP_FOCAL_WEAKNESS, NONE, 4",
    "TV-ICANS-15 tremor and myoclonus,      45, 10, false,   , NORMAL,                false, NONE,              NONE,                NONE, 0",
    "TV-ICANS-16 ICE 7 + haemorrhage,       45, 7,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 1",
    "TV-ICANS-17 drowsy from lorazepam,     45, 8,  false,   , AWAKENS_TO_VOICE,      true,  NONE,              NONE,                NONE, 1",
    "TV-ICANS-18 age 8 CAPD 12,             8,    , false, 12, AWAKENS_SPONTANEOUSLY, false, NONE,              NONE,                NONE, 3",
    "TV-ICANS-19 age 8 CAPD 5 voice,        8,    , false, 5,  AWAKENS_TO_VOICE,      false, NONE,              NONE,                NONE, 2",
    "TV-ICANS-20 age 8 unable unarousable,  8,    , true,    , UNAROUSABLE,           false, NONE,              NONE,                NONE, 4",
    "TV-ICANS-21 age 12 ICE 8 default,      12, 8,  false,   , NORMAL,                false, NONE,              NONE,                NONE, 1",
    "age 8 CAPD 8,                          8,    , false, 8,  NORMAL,                false, NONE,              NONE,                NONE, 1",
    "age 8 CAPD 9,                          8,    , false, 9,  NORMAL,                false, NONE,              NONE,                NONE, 3",
    "age 8 CAPD 0,                          8,    , false, 0,  NORMAL,                false, NONE,              NONE,                NONE, 0",
    "age 11.9 CAPD 9,                       11.9, , false, 9,  NORMAL,                false, NONE,              NONE,                NONE, 3",
    "awakens only to touch,                 45, 9,  false,   , AWAKENS_TO_TACTILE,    false, NONE,              NONE,                NONE, 3",
    "awakens spontaneously ICE 10,          45, 10, false,   , AWAKENS_SPONTANEOUSLY, false, NONE,              NONE,                NONE, 1",
    "non-convulsive on EEG,                 45, 10, false,   , NORMAL,                false, NONCONVULSIVE_RESOLVED_WITH_INTERVENTION, NONE, NONE, 3",
    "awake but unable to perform ICE,       45,   , true,    , NORMAL,                false, NONE,              NONE,                NONE, 3",
  })
  void should_grade_the_published_vectors(
      String id,
      double age,
      Integer ice,
      boolean unable,
      Integer capd,
      Consciousness consciousness,
      boolean otherCause,
      Seizure seizure,
      MotorFinding motor,
      String edema,
      int expected) {
    CerebralEdema oedema =
        edema.equals("DIFFUSE_NONE") ? CerebralEdema.NONE : CerebralEdema.valueOf(edema);
    Grade grade =
        IcansGrading.grade(
            new IcansFindings(
                age,
                Optional.ofNullable(ice),
                unable,
                Optional.ofNullable(capd),
                false,
                consciousness,
                otherCause,
                seizure,
                motor,
                oedema,
                false),
            RuleSettings.defaults());
    assertThat(grade.value()).as(String.join("; ", grade.reasons())).isEqualTo(expected);
  }

  @Test
  void should_require_capd_at_age_12_under_the_ncit_rule() {
    IcansFindings age12Ice = findings(12, Optional.of(8), Optional.empty(), false);
    assertThat(IcansGrading.grade(age12Ice, RuleSettings.defaults()).value()).isEqualTo(1);
    RuleSettings ncit = RuleSettings.defaults().withCapdAgeRule(CapdAgeRule.UP_TO_12);
    assertThatThrownBy(() -> IcansGrading.grade(age12Ice, ncit))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.fieldProblems().get(0).field()).isEqualTo("iceScore"));
    assertThat(
            IcansGrading.grade(findings(12, Optional.empty(), Optional.of(10), false), ncit)
                .value())
        .isEqualTo(3);
  }

  @Test
  void should_refuse_capd_for_an_adult_without_developmental_delay() {
    assertThatThrownBy(
            () ->
                IcansGrading.grade(
                    findings(30, Optional.empty(), Optional.of(10), false),
                    RuleSettings.defaults()))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.fieldProblems().get(0).field()).isEqualTo("capdScore"));
  }

  @Test
  void should_accept_capd_up_to_21_with_developmental_delay() {
    assertThat(
            IcansGrading.grade(
                    findings(19, Optional.empty(), Optional.of(10), true), RuleSettings.defaults())
                .value())
        .isEqualTo(3);
    assertThatThrownBy(
            () ->
                IcansGrading.grade(
                    findings(22, Optional.empty(), Optional.of(10), true), RuleSettings.defaults()))
        .isInstanceOf(Refusal.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ICE out of range,     45, 11, false,   , iceScore",
    "CAPD out of range,    8,    , false, 33, capdScore",
    "both scores,          15, 8,  false, 5,  capdScore",
    "score and unable,     45, 8,  true,    , iceUnableToPerform",
    "nothing assessed,     45,   , false,   , iceScore",
    "child given ICE,      8,  9,  false,   , iceScore",
    "negative age,         -1, 9,  false,   , ageYears",
  })
  void should_refuse_invalid_input_naming_the_field(
      String name, double age, Integer ice, boolean unable, Integer capd, String field) {
    assertThatThrownBy(
            () ->
                IcansGrading.grade(
                    new IcansFindings(
                        age,
                        Optional.ofNullable(ice),
                        unable,
                        Optional.ofNullable(capd),
                        false,
                        Consciousness.NORMAL,
                        false,
                        Seizure.NONE,
                        MotorFinding.NONE,
                        CerebralEdema.NONE,
                        false),
                    RuleSettings.defaults()))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.fieldProblems().get(0).field()).isEqualTo(field));
  }

  @Test
  void should_give_grade_5_for_death_due_to_icans() {
    IcansFindings death =
        new IcansFindings(
            45,
            Optional.empty(),
            true,
            Optional.empty(),
            false,
            Consciousness.UNAROUSABLE,
            false,
            Seizure.NONE,
            MotorFinding.NONE,
            CerebralEdema.NONE,
            true);
    assertThat(IcansGrading.grade(death, RuleSettings.defaults()).value()).isEqualTo(5);
  }

  private static IcansFindings findings(
      double age, Optional<Integer> ice, Optional<Integer> capd, boolean delay) {
    return new IcansFindings(
        age,
        ice,
        false,
        capd,
        delay,
        Consciousness.NORMAL,
        false,
        Seizure.NONE,
        MotorFinding.NONE,
        CerebralEdema.NONE,
        false);
  }
}
