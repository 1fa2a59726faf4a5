package org.openv2v.economics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.economics.model.BackgroundMortality;
import org.openv2v.economics.model.BackgroundMortality.Sex;
import org.openv2v.economics.model.LifeTable;

class LifeTableTests {

  private final BackgroundMortality kostat = LifeTables.named("kostat-2018");

  @ParameterizedTest(name = "{1} at {0}: {2} years")
  @CsvSource({
    // KOSTAT, 2018 Life Tables (release of 2019-12-04): life expectancy by sex.
    "0, MALE, 79.7",
    "0, FEMALE, 85.7",
    "40, MALE, 40.8",
    "40, FEMALE, 46.5",
    "60, MALE, 22.8",
    "60, FEMALE, 27.5"
  })
  void should_give_the_published_life_expectancy(int age, Sex sex, double published) {
    assertThat(kostat.lifeExpectancy(age, sex)).isCloseTo(published, within(0.1));
  }

  @ParameterizedTest(name = "{2} from {0} to {1}: {3}%")
  @CsvSource({
    // Same release: chance of reaching 80 and 100 from birth, 80 from 40 and from 65.
    "0, 80, MALE, 60.1",
    "0, 80, FEMALE, 79.9",
    "0, 100, MALE, 1.0",
    "0, 100, FEMALE, 3.7",
    "40, 80, MALE, 61.2",
    "40, 80, FEMALE, 80.9",
    "65, 80, MALE, 68.4",
    "65, 80, FEMALE, 84.3"
  })
  void should_give_the_published_chance_of_survival(int from, int to, Sex sex, double percent) {
    assertThat(100 * kostat.survivalBetween(from, to, sex)).isCloseTo(percent, within(0.1));
  }

  @Test
  void should_read_every_single_age_from_0_to_the_open_group_100_plus() {
    assertThat(kostat.oldestAge()).isEqualTo(100);
    assertThat(kostat.probabilityOfDeath(0, Sex.MALE)).isEqualTo(0.00313);
    assertThat(kostat.probabilityOfDeath(65, Sex.FEMALE)).isEqualTo(0.00378);
    assertThat(kostat.probabilityOfDeath(100, Sex.FEMALE)).isEqualTo(1.0);
    assertThat(((LifeTable) kostat).source()).contains("Statistics Korea (KOSTAT)", "2018");
  }

  @Test
  void should_mix_the_sexes_by_the_cohort_share_of_men() {
    double men = kostat.from(60, 1.0).at(10);
    double women = kostat.from(60, 0.0).at(10);
    assertThat(kostat.from(60, 0.5).at(10)).isCloseTo((men + women) / 2, within(1e-12));
    assertThat(men).isCloseTo(kostat.survivalBetween(60, 70, Sex.MALE), within(1e-12));
  }

  @Test
  void should_keep_the_old_model_name_working_and_refuse_an_unknown_one() {
    assertThat(LifeTables.named("korea-2023").source()).contains("KOSTAT");
    assertThatThrownBy(() -> LifeTables.named("mars-2100"))
        .hasMessageContaining("no life table mars-2100")
        .hasMessageContaining("kostat-2018");
  }

  @Test
  void should_refuse_a_table_with_a_missing_age() {
    String csv = "# test\nage,qMale,qFemale\n0,0.1,0.1\n2,0.2,0.2\n";
    assertThatThrownBy(() -> LifeTables.read("gap", new StringReader(csv)))
        .hasMessageContaining("without gaps");
  }
}
