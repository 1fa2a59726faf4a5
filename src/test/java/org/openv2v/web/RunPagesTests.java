package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ConcurrentModel;
import org.springframework.ui.Model;

/** A run's report shows only with a finished state read in the same request. */
class RunPagesTests {

  private final RunPages pages = new RunPages(null, null);

  @Test
  void a_running_run_shows_no_report_even_when_one_is_already_stored() {
    Model model = new ConcurrentModel();
    pages.progress(model, "run", false, 0.95, () -> Optional.of("<section>report</section>"));
    assertThat(model.getAttribute("report")).isNull();
    assertThat(model.getAttribute("finished")).isEqualTo(false);
    assertThat(model.getAttribute("percent")).isEqualTo(95L);
  }

  @Test
  void a_finished_run_shows_its_report() {
    Model model = new ConcurrentModel();
    pages.progress(model, "run", true, 1, () -> Optional.of("<section>report</section>"));
    assertThat(model.getAttribute("report")).isEqualTo("<section>report</section>");
  }
}
