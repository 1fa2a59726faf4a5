package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which language the pages speak: the browser's Accept-Language by default, {@code ?lang=} for the
 * session, the user's saved setting over the browser's, English for anything else.
 */
@IntegrationTest
class LanguageTests {

  private static final String KOREAN_BROWSER = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7";
  private static final String ENGLISH_BROWSER = "en-US,en;q=0.9";

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  /** A coordinator of its own, so that saving a language changes no one else's pages. */
  private String user;

  @BeforeEach
  void freshUser() {
    user = "lang-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createIfAbsent(
        new NewUser(user, "Language Tester", Role.COORDINATOR, Set.of("KR-SNUH"), user, false));
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return answer(request).getContentAsString();
  }

  private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
  }

  private MockHttpServletRequestBuilder cases(String acceptLanguage) {
    return get("/cases")
        .header("Accept-Language", acceptLanguage)
        .with(httpBasic("coordinator", "coordinator"));
  }

  @Test
  void should_show_korean_pages_to_a_browser_that_asks_for_korean() throws Exception {
    String body = page(cases(KOREAN_BROWSER));

    assertThat(body)
        .contains("<html lang=\"ko\"", "본문으로 바로가기", ">케이스</h1>", "코디네이터", "의뢰 후 경과일")
        .contains("data-state=\"FOLLOW_UP\"", ">추적관찰</span>")
        .doesNotContain("Skip to main content", "Days since referral", "??");
    assertThat(body).containsPattern("\\d{4}년 \\d{1,2}월 \\d{1,2}일 \\d{2}:\\d{2}");
  }

  @Test
  void should_show_english_pages_to_a_browser_that_asks_for_english() throws Exception {
    assertThat(page(cases(ENGLISH_BROWSER)))
        .contains("<html lang=\"en\"", "Skip to main content", ">Cases</h1>", "Coordinator")
        .doesNotContain("케이스</h1>", "??");
  }

  @Test
  void should_fall_back_to_english_for_a_language_it_does_not_speak() throws Exception {
    assertThat(page(cases("fr-FR,fr;q=0.9,de;q=0.5"))).contains("<html lang=\"en\"", ">Cases</h1>");
    assertThat(page(cases(""))).contains("<html lang=\"en\"");
    assertThat(page(cases("not a language header;;q=x"))).contains("<html lang=\"en\"");
  }

  @Test
  void should_pick_korean_when_it_is_the_first_language_it_speaks_in_the_browsers_list()
      throws Exception {
    assertThat(page(cases("fr-FR,ko;q=0.8,en;q=0.5"))).contains("<html lang=\"ko\"");
  }

  @Test
  void lang_parameter_overrides_accept_language_for_the_rest_of_the_session() throws Exception {
    // The session lives in PostgreSQL (Spring Session) and is found by its cookie.
    MockHttpServletResponse first = answer(cases(KOREAN_BROWSER).param("lang", "en"));
    assertThat(first.getContentAsString()).contains("<html lang=\"en\"", ">Cases</h1>");
    Cookie session = first.getCookie("SESSION");
    assertThat(page(cases(KOREAN_BROWSER).cookie(session))).contains("<html lang=\"en\"");

    assertThat(page(cases(ENGLISH_BROWSER).param("lang", "ko").cookie(session)))
        .contains("<html lang=\"ko\"", ">케이스</h1>");
    assertThat(page(cases(ENGLISH_BROWSER).cookie(session))).contains("<html lang=\"ko\"");
  }

  @Test
  void an_unsupported_lang_parameter_changes_nothing() throws Exception {
    Cookie session = answer(cases(ENGLISH_BROWSER).param("lang", "ko")).getCookie("SESSION");

    assertThat(page(cases(ENGLISH_BROWSER).param("lang", "fr").cookie(session)))
        .contains("<html lang=\"ko\"");
    assertThat(page(cases(ENGLISH_BROWSER).param("lang", "<b>").cookie(session)))
        .contains("<html lang=\"ko\"")
        .doesNotContain("<b>");
  }

  @Test
  void the_users_saved_language_overrides_accept_language() throws Exception {
    mvc.perform(
            post("/settings/language")
                .param("language", "ko")
                .with(csrf())
                .with(httpBasic(user, user)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/settings?saved"));
    assertThat(accounts.language(user)).contains("ko");

    assertThat(
            page(
                get("/cases")
                    .header("Accept-Language", ENGLISH_BROWSER)
                    .with(httpBasic(user, user))))
        .contains("<html lang=\"ko\"", ">케이스</h1>");
    // A choice made for the session still wins over the saved one.
    assertThat(
            page(
                get("/cases")
                    .param("lang", "en")
                    .header("Accept-Language", ENGLISH_BROWSER)
                    .with(httpBasic(user, user))))
        .contains("<html lang=\"en\"");
  }

  @Test
  void clearing_the_saved_language_follows_the_browser_again() throws Exception {
    accounts.chooseLanguage(user, Optional.of("ko"));
    mvc.perform(
            post("/settings/language")
                .param("language", "")
                .with(csrf())
                .with(httpBasic(user, user)))
        .andExpect(status().is3xxRedirection());

    assertThat(accounts.language(user)).isEmpty();
    assertThat(
            page(
                get("/cases")
                    .header("Accept-Language", ENGLISH_BROWSER)
                    .with(httpBasic(user, user))))
        .contains("<html lang=\"en\"");
  }

  @Test
  void saving_a_language_drops_the_sessions_earlier_choice() throws Exception {
    Cookie session =
        answer(
                get("/cases")
                    .param("lang", "ko")
                    .header("Accept-Language", ENGLISH_BROWSER)
                    .with(httpBasic(user, user)))
            .getCookie("SESSION");
    mvc.perform(
            post("/settings/language")
                .param("language", "en")
                .cookie(session)
                .with(csrf())
                .with(httpBasic(user, user)))
        .andExpect(redirectedUrl("/settings?saved"));

    assertThat(accounts.language(user)).contains("en");
    assertThat(
            page(
                get("/settings")
                    .param("saved", "")
                    .cookie(session)
                    .header("Accept-Language", KOREAN_BROWSER)
                    .with(httpBasic(user, user))))
        .contains("<html lang=\"en\"", "id=\"settings-saved\"")
        .containsPattern("value=\"en\"[^>]*checked");
  }

  @Test
  void settings_page_shows_the_choices_and_protects_the_form() throws Exception {
    String body =
        page(
            get("/settings").header("Accept-Language", KOREAN_BROWSER).with(httpBasic(user, user)));
    assertThat(body)
        .contains("<html lang=\"ko\"", "화면 언어", "name=\"_csrf\"", "lang=\"ko\">한국어</label>")
        .contains("브라우저 설정 따르기 (현재 한국어)", "id=\"language-browser\"");

    mvc.perform(post("/settings/language").param("language", "ko").with(httpBasic(user, user)))
        .andExpect(status().isForbidden());
    assertThat(accounts.language(user)).isEmpty();
  }

  @Test
  void settings_refuse_a_language_it_does_not_speak() throws Exception {
    mvc.perform(
            post("/settings/language")
                .param("language", "fr")
                .with(csrf())
                .with(httpBasic(user, user)))
        .andExpect(status().isBadRequest());
    assertThat(accounts.language(user)).isEmpty();
  }

  @Test
  void settings_need_a_signed_in_user() throws Exception {
    mvc.perform(get("/settings").accept("text/html")).andExpect(status().is3xxRedirection());
  }

  @Test
  void sign_in_page_speaks_korean_and_offers_both_languages() throws Exception {
    String body = page(get("/login").header("Accept-Language", KOREAN_BROWSER));
    assertThat(body)
        .contains("<html lang=\"ko\"", "<title>로그인 · OpenV2V</title>", "사용자 이름", "비밀번호")
        .contains("href=\"/login?lang=en\"", "href=\"/login?lang=ko\"", "aria-current=\"true\"");
    assertThat(page(get("/login").param("lang", "en").header("Accept-Language", KOREAN_BROWSER)))
        .contains("<html lang=\"en\"", "User name");
  }

  @Test
  void language_links_keep_the_pages_filters() throws Exception {
    // The query as the browser sent it, so that the links can repeat it.
    assertThat(
            page(
                get("/cases?state=FOLLOW_UP&lang=en")
                    .header("Accept-Language", ENGLISH_BROWSER)
                    .with(httpBasic("coordinator", "coordinator"))))
        .contains("href=\"/cases?state=FOLLOW_UP&amp;lang=ko\"")
        .contains("lang=\"ko\" hreflang=\"ko\"");

    // htmx swaps in the results alone; the switcher comes along out of band with the new filter.
    assertThat(
            page(
                get("/cases?state=CLOSED&centre=")
                    .header("HX-Request", "true")
                    .header("Accept-Language", ENGLISH_BROWSER)
                    .with(httpBasic("coordinator", "coordinator"))))
        .contains("id=\"languages\"", "hx-swap-oob=\"true\"")
        .contains("href=\"/cases?state=CLOSED&amp;centre=&amp;lang=ko\"");
  }

  @Test
  void case_page_and_not_found_page_speak_korean() throws Exception {
    String list =
        mvc.perform(get("/api/v1/cases?size=1").with(httpBasic("coordinator", "coordinator")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = list.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");

    String body =
        page(
            get("/cases/" + id)
                .header("Accept-Language", KOREAN_BROWSER)
                .with(httpBasic("coordinator", "coordinator")));
    assertThat(body)
        .contains("<html lang=\"ko\"", "치료 과정", "주요 소요 기간", "이벤트 기록", "성별")
        .doesNotContain("Event history", "??");
    assertThat(body).containsPattern("\\d{4}년 \\d{1,2}월 \\d{1,2}일");

    String missing =
        mvc.perform(
                get("/cases/" + UUID.randomUUID())
                    .header("Accept-Language", KOREAN_BROWSER)
                    .with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(missing).contains("<html lang=\"ko\"", "케이스를 찾을 수 없습니다", "케이스 목록으로 돌아가기");
  }

  /**
   * The JSON API speaks English to programs; only a refusal's {@code detail} follows an
   * Accept-Language that ranks Korean first (docs/i18n.md). Title, status and codes never change.
   */
  @Test
  void the_json_api_stays_english_but_for_the_detail_korean_asks_for() throws Exception {
    String english =
        mvc.perform(
                get("/api/v1/cases/" + UUID.randomUUID())
                    .header("Accept-Language", ENGLISH_BROWSER)
                    .with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(english).doesNotContainPattern("[가-힣]").contains("\"detail\":\"No case ");
    String korean =
        mvc.perform(
                get("/api/v1/cases/" + UUID.randomUUID())
                    .header("Accept-Language", KOREAN_BROWSER)
                    .with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(korean)
        .contains("\"detail\":\"해당 증례가 없거나 볼 수 없습니다.\"")
        .contains("\"title\":\"Not Found\"");

    // ?lang on the API changes nothing and opens no session: the API keeps none.
    var listed =
        mvc.perform(
                get("/api/v1/cases?size=1&lang=ko").with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(listed.getRequest().getSession(false)).isNull();
    assertThat(listed.getResponse().getCookie("SESSION")).as("no session in PostgreSQL").isNull();
  }
}
