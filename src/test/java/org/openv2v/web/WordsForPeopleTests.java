package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's temperature excursion alert (product shipped from Raritan to Samsung Medical Center)
 * as the coordinator's Home shows it: in the reader's language, with site names, the leg in words
 * and the time in the network's zone, never the codes the alert was raised with.
 */
@IntegrationTest
class WordsForPeopleTests {

  @Autowired MockMvc mvc;

  private String home(String language) throws Exception {
    return mvc.perform(
            get("/").param("lang", language).with(httpBasic("coordinator", "coordinator")))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void the_excursion_alert_on_home_is_in_korean_with_the_sites_korean_names() throws Exception {
    String html = home("ko");
    assertThat(html)
        .contains("일시적 온도 이탈", "치료 기관으로 가는 제품", "삼성서울병원", "-120 °C 이하")
        .doesNotContain("TO_TREATMENT_CENTRE", "KR-SMC", "US-JNJ-RARITAN", "T00:00:00Z")
        .doesNotContain("Brief temperature excursion");
  }

  @Test
  void the_excursion_alert_on_home_is_in_english_with_site_names_and_local_time() throws Exception {
    String html = home("en");
    assertThat(html)
        .contains("brief temperature excursion", "Product to the treatment centre")
        .contains("Samsung Medical Center")
        .doesNotContain("TO_TREATMENT_CENTRE", "T00:00:00Z", "(TO_");
  }
}
