package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stylesheets and scripts are linked under addresses that carry a hash of their content and are
 * kept by the browser for a year; the pages themselves are never stored.
 */
@IntegrationTest
class StaticAssetsTests {

  private static final Pattern ASSET =
      Pattern.compile("(?:href|src)=\"(/[^\"]+-[0-9a-f]{32}\\.(?:css|js))\"");

  @Autowired MockMvc mvc;

  @Test
  void should_link_assets_by_content_and_let_browsers_keep_them() throws Exception {
    String page =
        mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> assets = new ArrayList<>();
    Matcher found = ASSET.matcher(page);
    while (found.find()) {
      assets.add(found.group(1));
    }
    assertThat(assets).anyMatch(a -> a.startsWith("/css/app-"));
    for (String asset : assets) {
      mvc.perform(get(asset))
          .andExpect(status().isOk())
          .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    }
  }
}
