package org.openv2v.custody;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.Cases;
import org.openv2v.custody.CustodyFixture.Signing;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wrong passwords typed at signature re-entry over the API count toward the sign-in lock like any
 * other: HTTP Basic resends the right password with every request, and once wiped the count.
 */
@IntegrationTest
class SignatureLockTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired UnitMatcher units;
  @Autowired UserAccounts accounts;

  private final Cases cases;

  @Autowired
  SignatureLockTests(Cases cases) {
    this.cases = cases;
  }

  @Test
  void five_wrong_signature_passwords_over_the_api_lock_the_name_on_every_channel()
      throws Exception {
    String nurse = "sig-nurse-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "right-" + nurse;
    accounts.createIfAbsent(
        new NewUser(nurse, "Signature Nurse", Role.NURSE, Set.of("KR-SNUH"), password, false));
    CustodyFixture fixture = new CustodyFixture(mvc, json, cases, units);
    UUID caseId = fixture.openCase();
    String bag = fixture.unit(caseId, "01");
    for (int attempt = 0; attempt < 5; attempt++) {
      mvc.perform(
              post("/api/v1/cases/" + caseId + "/custody")
                  .with(httpBasic(nurse, password))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(Signing.of("STORED", bag, "guess-" + attempt).toJson(json)))
          .andExpect(status().isForbidden());
    }
    // The right password no longer opens the API, the pages or a signature.
    mvc.perform(get("/api/v1/cases").with(httpBasic(nurse, password)))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("Too many failed")));
    mvc.perform(
            post("/login")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", nurse)
                .param("password", password))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/login?locked"));
    org.assertj.core.api.Assertions.assertThat(accounts.verify(nurse, password)).isEmpty();
  }
}
