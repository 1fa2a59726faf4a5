package org.openv2v.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.economics.internal.EconomicsRun;
import org.openv2v.economics.internal.EconomicsRuns;
import org.openv2v.simulation.SimulationStatus;
import org.openv2v.simulation.Simulations;
import org.openv2v.web.SignedInPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The planning pages: who may start and read runs, progress, reports and the comparison. */
@IntegrationTest
class PlanningPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Simulations simulations;
  @Autowired EconomicsRuns economics;

  @Test
  void planner_gets_the_start_forms_and_an_auditor_reads_without_them() throws Exception {
    assertThat(page("/planning", "planner"))
        .contains("id=\"simulation-form\"", "korea-2023", "hx-get=\"/planning/economics/form\"");
    assertThat(page("/planning/economics/form", "planner"))
        .contains("id=\"economics-form\"", "korea-tisacel-dlbcl");
    assertThat(page("/planning", "auditor"))
        .doesNotContain("id=\"simulation-form\"")
        .contains("Auditors read the runs");
    assertThat(page("/planning/economics", "auditor")).doesNotContain("id=\"economics-form\"");
    assertThat(page("/planning", "admin")).contains("id=\"simulation-form\"");
  }

  @Test
  void clinical_roles_are_refused_and_auditors_cannot_start_runs() throws Exception {
    for (String user : List.of("coordinator", "nurse", "manufacturer", "courier")) {
      mvc.perform(get("/planning").with(httpBasic(user, user))).andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/planning/simulations")
                .with(httpBasic("auditor", "auditor"))
                .with(csrf())
                .param("scenario", "korea-2023")
                .param("years", "1")
                .param("replications", "2")
                .param("seed", "1"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/planning/economics/runs")
                .with(httpBasic("auditor", "auditor"))
                .with(csrf())
                .param("model", "korea-tisacel-dlbcl")
                .param("psa", "0")
                .param("seed", "1"))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_simulation_started_from_the_page_shows_progress_then_its_report_inside_the_page()
      throws Exception {
    UUID id = startSimulation("korea-2023", "11");
    String first = page("/planning/simulations/" + id, "planner");
    assertThat(first)
        .contains("<progress", "id=\"run\"", ">Simulation: Tisa-cel at the Big-5 Seoul centres")
        .doesNotContain("Simulation: korea-2023");

    awaitSimulation(id);
    String fragment = page("/planning/simulations/" + id + "/progress", "auditor");
    assertThat(fragment)
        .contains("data-state=\"DONE\"", "value=\"100\"", "class=\"report\"")
        .contains("Vein-to-vein time (apheresis to infusion)", "<svg")
        .doesNotContain("hx-trigger", "<html", "<head", "<body", "<h1");
    String full = page("/planning/simulations/" + id, "planner");
    // The report's section alone: its style scoped to it, its headings under the page's h1.
    assertThat(full)
        .contains("class=\"report-section\"", ".report-section h2{")
        .doesNotContain("<style>body{");
    assertThat(full.split("<h1", -1)).hasSize(2);
    assertThat(full.split("<script", -1)).hasSize(3);
  }

  @Test
  void a_running_simulation_polls_its_progress_every_second() throws Exception {
    UUID id = startSimulation("korea-2023", "12");
    String fragment = page("/planning/simulations/" + id + "/progress", "planner");
    // Judged on the fragment's own state: the run may finish between rendering and this line.
    if (fragment.contains("data-state=\"DONE\"")) {
      assertThat(fragment).doesNotContain("hx-trigger");
    } else {
      assertThat(fragment)
          .contains(
              "hx-trigger=\"every 1s\"", "hx-get=\"/planning/simulations/" + id + "/progress\"");
    }
    awaitSimulation(id);
  }

  @Test
  void two_finished_runs_compare_side_by_side_with_their_histograms() throws Exception {
    UUID a = startSimulation("korea-2023", "21");
    UUID b = startSimulation("korea-outpatient", "22");
    awaitSimulation(a);
    awaitSimulation(b);

    String page = page("/planning/simulations/compare?runs=" + a + "&runs=" + b, "auditor");

    assertThat(page)
        .contains(
            "id=\"comparison\"",
            "Tisa-cel at the Big-5",
            "half of the infusions given to outpatients")
        .contains("data-figure=\"fractionInfused\"", "data-figure=\"v2vDays\"");
    // In Korean the product row names the product, not its code.
    String korean =
        page("/planning/simulations/compare?runs=" + a + "&runs=" + b + "&lang=ko", "auditor");
    String productRow = korean.substring(korean.indexOf("data-figure=\"product\""));
    productRow = productRow.substring(0, productRow.indexOf("</tr>"));
    assertThat(productRow).contains("티사젠렉류셀").doesNotContain("tisa-cel");
    String histograms = page.substring(page.indexOf("class=\"histograms\""));
    assertThat(histograms.split("<figure", -1)).hasSize(3);
    assertThat(histograms.split("<svg", -1)).hasSize(3);
  }

  @Test
  void comparing_one_run_or_an_unknown_run_is_refused_readably() throws Exception {
    mvc.perform(
            get("/planning/simulations/compare?runs=" + UUID.randomUUID())
                .with(httpBasic("planner", "planner")))
        .andExpect(status().isBadRequest())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("Choose two or three finished runs"));
    mvc.perform(
            get("/planning/simulations/compare?runs="
                    + UUID.randomUUID()
                    + "&runs="
                    + UUID.randomUUID())
                .with(httpBasic("planner", "planner")))
        .andExpect(status().isNotFound())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("No simulation")
                    .doesNotContain("Exception"));
    mvc.perform(get("/planning/simulations/not-an-id").with(httpBasic("planner", "planner")))
        .andExpect(status().isNotFound());
  }

  @Test
  void an_invalid_start_is_refused_with_the_reason_on_the_form() throws Exception {
    String page =
        mvc.perform(
                post("/planning/simulations")
                    .with(httpBasic("planner", "planner"))
                    .with(csrf())
                    .param("scenario", "korea-2023")
                    .param("years", "500")
                    .param("replications", "5")
                    .param("seed", "1"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Not started:", "years must be", "id=\"simulation-form\"");
    mvc.perform(
            post("/planning/simulations")
                .with(httpBasic("planner", "planner"))
                .with(csrf())
                .param("scenario", "no-such-scenario")
                .param("years", "1")
                .param("replications", "abc")
                .param("seed", "1"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void an_economic_model_started_from_the_page_shows_its_report() throws Exception {
    String location =
        mvc.perform(
                post("/planning/economics/runs")
                    .with(httpBasic("planner", "planner"))
                    .with(csrf())
                    .param("model", "korea-tisacel-dlbcl")
                    .param("psa", "20")
                    .param("seed", "7"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/planning/economics/runs/");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    assertThat(page(location, "planner")).contains("<progress", "id=\"run\"");
    await(
        () ->
            economics.get(id).status() == EconomicsRun.Status.DONE
                || economics.get(id).status() == EconomicsRun.Status.FAILED);
    assertThat(economics.get(id).status()).isEqualTo(EconomicsRun.Status.DONE);

    String done = page(location + "/progress", "auditor");
    assertThat(done)
        .contains("data-state=\"DONE\"", "class=\"report econ-report\"", "<svg")
        .contains("class=\"econ-report__section\"")
        .doesNotContain("hx-trigger", "<html", "<body", "<h1");
    assertThat(page("/planning/economics", "planner")).contains(location);
  }

  @Test
  void an_unknown_economic_model_is_refused_on_the_form() throws Exception {
    String page =
        mvc.perform(
                post("/planning/economics/runs")
                    .with(httpBasic("planner", "planner"))
                    .with(csrf())
                    .param("model", "no-such-model")
                    .param("psa", "10")
                    .param("seed", "1"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Not started:", "no built-in model");
  }

  private UUID startSimulation(String scenario, String seed) throws Exception {
    String location =
        mvc.perform(
                post("/planning/simulations")
                    .with(httpBasic("planner", "planner"))
                    .with(csrf())
                    .param("scenario", scenario)
                    .param("years", "0.5")
                    .param("replications", "4")
                    .param("seed", seed))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/planning/simulations/");
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private void awaitSimulation(UUID id) throws InterruptedException {
    await(
        () -> {
          SimulationStatus.State state = simulations.status(id).state();
          return state == SimulationStatus.State.DONE || state == SimulationStatus.State.FAILED;
        });
    assertThat(simulations.status(id).state()).isEqualTo(SimulationStatus.State.DONE);
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!done.getAsBoolean() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
  }

  private String page(String path, String user) throws Exception {
    return new SignedInPages(mvc).page(path, user);
  }
}
