package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedReportTests {

  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title><style>"
          + "body{max-width:960px}h1{font-size:1.5em}h2{font-size:1.1em}td,th{padding:4px}"
          + "th:first-child,td:first-child{text-align:left}</style></head><body><h1>Simulation</h1>"
          + "<h2>Vein-to-vein time (apheresis to infusion)</h2><svg id=\"v\"><rect/></svg>"
          + "<h2>Other</h2><svg id=\"o\"></svg></body></html>\n";

  @Test
  void should_drop_the_wrapper_and_scope_the_style_to_the_report_container() {
    String html = EmbeddedReport.of(PAGE).html();

    assertThat(html).doesNotContain("<html", "<head", "<body", "<title", "<meta", "<h1");
    assertThat(html)
        .startsWith("<style>.report{max-width:960px}.report h2{font-size:1.5em}")
        .contains(".report h3{font-size:1.1em}", ".report td,.report th{padding:4px}")
        .contains(".report th:first-child,.report td:first-child{text-align:left}")
        .contains("<h2>Simulation</h2><h3>Vein-to-vein time");
  }

  @Test
  void should_find_the_vein_to_vein_histogram_and_nothing_else() {
    assertThat(EmbeddedReport.plotUnder(PAGE, "Vein-to-vein time"))
        .contains("<svg id=\"v\"><rect/></svg>");
    assertThat(EmbeddedReport.plotUnder("<h2>Other</h2><svg></svg>", "Vein-to-vein time"))
        .isEmpty();
  }
}
