package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages as a demo user reads them (the user's password is their name), for the page tests that need
 * no browser: one place instead of a private copy in each test class.
 */
public final class SignedInPages {

  private final MockMvc mvc;

  public SignedInPages(MockMvc mvc) {
    this.mvc = mvc;
  }

  /** The page's HTML, which must answer 200. */
  public String page(String path, String user) throws Exception {
    return mvc.perform(get(path).with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The part of a page from the element with this id to the end of its section. */
  public String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isNotNegative();
    int end = page.indexOf("</section>", start);
    return page.substring(start, end);
  }
}
