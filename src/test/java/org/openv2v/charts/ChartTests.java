package org.openv2v.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The chart component drawn from plain Java, as the report commands draw it. */
class ChartTests {

  static final ReportTemplates TEMPLATES = ReportTemplates.withBundles();

  @Test
  void ticks_step_by_one_two_or_five_and_end_on_a_whole_step() {
    assertThat(Ticks.of(0.3, 9.7)).isEqualTo(new Ticks(0, 10, 2));
    assertThat(Ticks.of(3, 97)).isEqualTo(new Ticks(0, 100, 20));
    assertThat(Ticks.of(0, 5)).isEqualTo(new Ticks(0, 5, 1));
    assertThat(Ticks.of(-3, 7)).isEqualTo(new Ticks(-4, 8, 2));
    assertThat(Ticks.of(-186.4, -118.7)).isEqualTo(new Ticks(-190, -110, 10));
    assertThat(Ticks.of(0.3, 9.7).values()).containsExactly(0, 2, 4, 6, 8, 10);
    assertThat(Ticks.step(0.13)).isEqualTo(0.2);
    assertThat(Ticks.step(3.1)).isEqualTo(5);
    assertThat(Ticks.step(7)).isEqualTo(10);
  }

  @Test
  void positive_data_near_zero_start_the_axis_at_zero_and_far_from_it_do_not() {
    assertThat(Ticks.of(12, 80).low()).isZero();
    assertThat(Ticks.of(1000, 1010).low()).isEqualTo(1000);
    assertThat(Ticks.of(-80, -12).high()).isZero();
  }

  @Test
  void tiny_and_huge_ranges_get_ticks_without_binary_noise() {
    Ticks tiny = Ticks.of(0.0001, 0.00047);
    assertThat(tiny.step()).isEqualTo(0.0001);
    assertThat(tiny.values()).containsExactly(0, 0.0001, 0.0002, 0.0003, 0.0004, 0.0005);
    Ticks huge = Ticks.of(0, 1.186e12);
    assertThat(huge.step()).isEqualTo(2e11);
    assertThat(huge.high()).isEqualTo(1.2e12);
    assertThat(Ticks.of(0.1, 0.7).values()).contains(0.3).doesNotContain(0.30000000000000004);
  }

  @Test
  void numbers_never_print_minus_zero_nan_or_scientific_notation() {
    NumberLabels oneDecimal = NumberLabels.forAxis(0.5, 3, Locale.ENGLISH);
    assertThat(oneDecimal.format(-0.0001)).isEqualTo("0.0");
    assertThat(oneDecimal.format(-0.0)).isEqualTo("0.0");
    assertThat(oneDecimal.format(-1.25)).isEqualTo("\u22121.2");
    assertThat(oneDecimal.format(Double.NaN)).isEqualTo("—");
    assertThat(oneDecimal.format(Double.POSITIVE_INFINITY)).isEqualTo("—");
    assertThat(NumberLabels.forAxis(0.0001, 0.0005, Locale.ENGLISH).format(0.0003))
        .isEqualTo("0.0003");
    assertThat(NumberLabels.forAxis(1e-8, 5e-8, Locale.ENGLISH).format(3e-8))
        .isEqualTo("0.00000003");
    for (double v : new double[] {1e-9, 1.186e6, 1e15, -4.2e13, 123456789}) {
      assertThat(NumberLabels.forAxis(v / 5, v, Locale.ENGLISH).format(v))
          .doesNotContainIgnoringCase("e")
          .doesNotContain("-0");
    }
  }

  @Test
  void large_numbers_are_grouped_then_compact_by_the_axis_range() {
    assertThat(NumberLabels.forAxis(50_000, 250_000, Locale.ENGLISH).format(186_000))
        .isEqualTo("186,000");
    assertThat(NumberLabels.forAxis(10_000, 1_200_000, Locale.ENGLISH).format(1_186_000))
        .isEqualTo("1.19 M");
    assertThat(NumberLabels.forAxis(500_000, 2_000_000, Locale.ENGLISH).format(1_000_000))
        .isEqualTo("1.0 M");
    assertThat(NumberLabels.forAxis(200_000, 1_200_000, Locale.KOREAN).format(1_186_000))
        .isEqualTo("119만");
    assertThat(NumberLabels.forAxis(1e8, 5e8, Locale.KOREAN).format(3e8)).isEqualTo("3억");
    assertThat(NumberLabels.forAxis(2e9, 1e10, Locale.ENGLISH).format(-4e9)).isEqualTo("\u22124 B");
    assertThat(NumberLabels.forAxis(1, 5, 2, Locale.ENGLISH).format(3)).isEqualTo("3.00");
  }

  @Test
  void labels_are_escaped_and_the_svg_is_well_formed_xml() throws Exception {
    String nasty = "<b>&\"quoted\" '1'</b>";
    Chart chart =
        Chart.builder(nasty, Locale.ENGLISH)
            .x(Axis.numbers(nasty, "<u>"))
            .y(Axis.numbers("Infused", "%"))
            .series(
                Series.band(
                    nasty, new double[] {0, 1, 2}, new double[] {1, 2, 3}, new double[] {3, 4, 5}),
                Series.line("a & b", new double[] {0, 1, 2}, new double[] {2, 3, 4}).withMarkers())
            .horizontalLine(4.5, "limit <4.5>")
            .shadeX(0.5, 1.5, Shade.Tone.ALERT, "Excursion & gap", nasty)
            .build();
    String html = render(chart);
    assertThat(html).doesNotContain("<b>").doesNotContain("<u>").contains("&lt;b&gt;&amp;");
    Document svg = svg(html);
    assertThat(text(svg, "/svg/title")).isEqualTo(nasty);
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(count(svg, "//*[local-name()='text' and .='limit <4.5>']")).isEqualTo(1);
  }

  @Test
  void a_band_a_reference_line_a_shade_and_a_legend_are_drawn() throws Exception {
    Chart chart =
        Chart.builder("Infused fraction", Locale.ENGLISH)
            .x(Axis.numbers("Delay", "days"))
            .y(Axis.numbers("Infused", "%"))
            .series(
                Series.band(
                    "95% interval",
                    new double[] {0, 30, 60}, new double[] {80, 70, 60}, new double[] {90, 82, 71}),
                Series.line("Mean", new double[] {0, 30, 60}, new double[] {85, 76, 65}))
            .horizontalLine(75, "target 75%")
            .shadeX(30, 45, Shade.Tone.CAUTION, "Backlog", "Backlog from day 30 to 45")
            .build();
    Document svg = svg(render(chart));
    assertThat(count(svg, "//*[local-name()='polygon' and contains(@class,'chart-band')]"))
        .isEqualTo(1);
    assertThat(count(svg, "//*[local-name()='g' and @class='chart-reference']")).isEqualTo(1);
    assertThat(count(svg, "//*[local-name()='rect' and contains(@class,'chart-shade--caution')]"))
        .isEqualTo(1);
    assertThat(count(svg, "//*[local-name()='g' and @class='chart-legend-item']")).isEqualTo(3);
    assertThat(count(svg, "//*[local-name()='path' and @data-series='Mean']")).isEqualTo(1);
    // Data from 60 to 90 % sit close to zero relative to their spread? No: the axis keeps 0 only
    // when it is near; the ticks still step 1-2-5.
    assertThat(chart.drawing().yTicks()).extracting(Drawing.Tick::label).contains("60", "80");
  }

  @Test
  void a_value_axis_crossing_zero_draws_the_zero_line() throws Exception {
    Chart chart =
        Chart.builder("Net monetary benefit", Locale.ENGLISH)
            .x(Axis.numbers("Delay", "days"))
            .y(Axis.numbers("NMB", "KRW"))
            .series(
                Series.bars("NMB", new double[] {0, 30, 60}, new double[] {2.5e6, 4e5, -1.186e6}))
            .build();
    Document svg = svg(render(chart));
    assertThat(count(svg, "//*[local-name()='line' and @class='chart-zero']")).isEqualTo(1);
    assertThat(chart.drawing().yTicks())
        .extracting(Drawing.Tick::label)
        .contains("0", "\u22121 M")
        .noneMatch(l -> l.contains("e+") || l.equals("-0") || l.equals("\u22120"));
    assertThat(count(svg, "//*[local-name()='rect' and @class='chart-bar']")).isEqualTo(3);
  }

  @Test
  void a_time_axis_speaks_the_readers_zone_and_language() {
    ZoneId seoul = ZoneId.of("Asia/Seoul");
    Instant start = Instant.parse("2026-03-02T21:00:00Z"); // 06:00 on 3 March in Seoul
    double[] x = {Axis.at(start), Axis.at(start.plusSeconds(3 * 86_400))};
    Chart english =
        Chart.builder("T", Locale.ENGLISH)
            .x(Axis.time("Time", seoul))
            .y(Axis.numbers("Temperature", "°C"))
            .series(Series.line("Logger", x, new double[] {-180, -178}))
            .build();
    Chart korean =
        Chart.builder("T", Locale.KOREAN)
            .x(Axis.time("시간", seoul))
            .y(Axis.numbers("온도", "°C"))
            .series(Series.line("로거", x, new double[] {-180, -178}))
            .build();
    assertThat(english.drawing().xTicks()).extracting(Drawing.Tick::label).contains("4 Mar");
    assertThat(korean.drawing().xTicks()).extracting(Drawing.Tick::label).contains("3월 4일");
    assertThat(english.drawing().yTicks())
        .extracting(Drawing.Tick::label)
        .contains("\u2212180.0", "\u2212178.0");
  }

  @Test
  void a_step_line_holds_each_value_until_the_next() {
    Chart chart =
        Chart.builder("Grades", Locale.ENGLISH)
            .x(Axis.numbers("Day", "").range(0, 14))
            .y(Axis.numbers("Grade", "").range(0, 5).decimals(0))
            .series(
                Series.step("CRS", new double[] {1, 3, 5}, new double[] {1, 2, 0}).withMarkers())
            .build();
    Drawing d = chart.drawing();
    assertThat(d.lines().get(0).d())
        .matches("M[\\d.]+ [\\d.]+ H[\\d.]+ V[\\d.]+ H[\\d.]+ V[\\d.]+");
    assertThat(d.dots()).hasSize(3);
    assertThat(d.yTicks())
        .extracting(Drawing.Tick::label)
        .containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(d.dots().get(0).note()).isEqualTo("CRS: 1, 1");
  }

  @Test
  void the_report_renders_without_spring_with_styles_inlined_and_messages_in_the_language() {
    Chart chart =
        Chart.builder("Waiting", Locale.KOREAN)
            .x(Axis.categories("단계", List.of("의뢰", "채집", "주입")))
            .y(Axis.numbers("환자", "명"))
            .series(Series.bars("환자", new double[] {0, 1, 2}, new double[] {100, 80, 72}))
            .build();
    String html =
        TEMPLATES.render(
            "chartstest/report", Locale.KOREAN, Map.of("heading", "보고서", "charts", List.of(chart)));
    assertThat(html)
        .contains("<style>")
        .contains("svg.chart")
        .contains("케이스")
        .contains("채집")
        .doesNotContain("<link")
        .doesNotContain("<script")
        .doesNotContain("http://www.thymeleaf.org");
    String english =
        TEMPLATES.render(
            "chartstest/report", Locale.ENGLISH, Map.of("heading", "Report", "charts", List.of()));
    assertThat(english).contains("Cases");
  }

  @Test
  void bad_input_is_refused_with_a_reason() {
    assertThatThrownBy(() -> Series.line("x", new double[] {1, 2}, new double[] {1}))
        .hasMessageContaining("lengths");
    assertThatThrownBy(() -> Axis.numbers("", "").range(2, 1)).hasMessageContaining("min < max");
  }

  static String render(Chart chart) {
    return TEMPLATES.render(
        "chartstest/report", Locale.ENGLISH, Map.of("heading", "t", "charts", List.of(chart)));
  }

  static Document svg(String html) throws Exception {
    int from = html.indexOf("<svg");
    int to = html.lastIndexOf("</svg>") + "</svg>".length();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.substring(from, to).getBytes(StandardCharsets.UTF_8)));
  }

  static int count(Document doc, String xpath) throws Exception {
    return ((NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
        .getLength();
  }

  static String text(Document doc, String xpath) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
  }
}
