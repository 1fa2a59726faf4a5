package org.openv2v.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The network and the product catalogue: read by everyone, changed only by administrators. */
@IntegrationTest
class NetworkApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Network network;

  @Test
  void should_list_the_korean_demo_network_to_every_role() throws Exception {
    for (String user :
        new String[] {"coordinator", "manufacturer", "courier", "auditor", "admin"}) {
      mvc.perform(get("/api/v1/sites").with(httpBasic(user, user)))
          .andExpect(status().isOk())
          .andExpect(
              jsonPath(
                  "$[*].id",
                  hasItems("KR-SNUH", "KR-SMC", "US-NVS-MP", "KR-CUROCELL", "KR-COURIER")))
          .andExpect(
              jsonPath(
                  "$[*].type",
                  hasItems(
                      "TREATMENT_CENTRE", "APHERESIS_UNIT", "MANUFACTURING_FACILITY", "COURIER")));
    }
  }

  @Test
  void should_list_all_seven_products_with_their_korean_status() throws Exception {
    mvc.perform(get("/api/v1/products").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$[*].code",
                hasItems(
                    "tisa-cel",
                    "axi-cel",
                    "liso-cel",
                    "brexu-cel",
                    "ide-cel",
                    "cilta-cel",
                    "anbal-cel")));
    // korea-and-seed KR-03, KR-02
    mvc.perform(get("/api/v1/products/tisa-cel").with(httpBasic("nurse", "nurse")))
        .andExpect(jsonPath("$.korea.priceKrw").value(360039359))
        .andExpect(jsonPath("$.korea.reimbursement").value("REIMBURSED"))
        .andExpect(jsonPath("$.korea.reimbursedSince").value("2022-04-01"))
        .andExpect(jsonPath("$.handling.storageMaxCelsius").value(-120))
        .andExpect(jsonPath("$.handling.thawToInfusionMinutes").value(30))
        .andExpect(
            jsonPath("$.korea.source").value(containsString("Korea Biomedical Review 13421")));
  }

  @Test
  void should_answer_404_for_an_unknown_site_or_product() throws Exception {
    mvc.perform(get("/api/v1/sites/KR-NOWHERE").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/products/zeta-cel").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isNotFound());
  }

  @Test
  void should_let_an_administrator_edit_a_product_and_keep_the_edit() throws Exception {
    ObjectNode product =
        (ObjectNode)
            json.readTree(
                mvc.perform(get("/api/v1/products/axi-cel").with(httpBasic("admin", "admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
    ((ObjectNode) product.get("korea")).put("reimbursement", "PENDING");
    mvc.perform(
            put("/api/v1/products/axi-cel")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(product.toString()))
        .andExpect(status().isOk());
    assertThat(network.product("axi-cel").orElseThrow().korea().reimbursement())
        .isEqualTo(Reimbursement.PENDING);
  }

  @Test
  void should_refuse_catalogue_edits_by_anyone_but_administrators() throws Exception {
    String product =
        mvc.perform(get("/api/v1/products/liso-cel").with(httpBasic("admin", "admin")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String user : new String[] {"coordinator", "physician", "manufacturer", "auditor"}) {
      mvc.perform(
              put("/api/v1/products/liso-cel")
                  .with(httpBasic(user, user))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(product))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void should_refuse_a_product_whose_code_differs_from_the_address() throws Exception {
    String product =
        mvc.perform(get("/api/v1/products/ide-cel").with(httpBasic("admin", "admin")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            put("/api/v1/products/cilta-cel")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(product))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  void should_let_an_administrator_add_a_site_once() throws Exception {
    String site =
        """
        {"id": "KR-JNUH", "name": "Chonnam National University Hwasun Hospital (test)",
         "type": "TREATMENT_CENTRE", "region": "Jeollanam", "country": "KR",
         "capabilities": ["APHERESIS", "ICU"], "accreditations": [],
         "productCertifications": ["tisa-cel"], "manufactures": [], "source": "test fixture"}
        """;
    mvc.perform(
            post("/api/v1/sites")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(site))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/v1/sites")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(site))
        .andExpect(status().isConflict());
    assertThat(network.site("KR-JNUH")).get().extracting(Site::region).isEqualTo("Jeollanam");
  }

  @Test
  void should_refuse_an_invalid_site_naming_the_fields() throws Exception {
    String site =
        """
        {"id": "nope", "name": "", "type": "HOSPITAL", "region": "x", "country": "KR",
         "capabilities": [], "accreditations": [], "productCertifications": [], "manufactures": [],
         "source": ""}
        """;
    mvc.perform(
            post("/api/v1/sites")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(site))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
    String badFields = site.replace("\"HOSPITAL\"", "\"TREATMENT_CENTRE\"");
    mvc.perform(
            post("/api/v1/sites")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(badFields))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItems("id", "name")));
    String unknownProduct =
        badFields
            .replace("\"nope\"", "\"KR-TEST\"")
            .replace("\"name\": \"\"", "\"name\": \"T\"")
            .replace("\"productCertifications\": []", "\"productCertifications\": [\"zeta-cel\"]");
    mvc.perform(
            post("/api/v1/sites")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(unknownProduct))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("zeta-cel")));
    mvc.perform(
            post("/api/v1/sites")
                .with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(site))
        .andExpect(status().isForbidden());
  }
}
