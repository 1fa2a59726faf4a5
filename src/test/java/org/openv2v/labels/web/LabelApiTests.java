package org.openv2v.labels.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.IntegrationTest;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.labels.internal.LabelPrinterTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unit labels through the API, for the people who may see the case and only for them. */
@IntegrationTest
class LabelApiTests {

  private static final AtomicInteger MRN = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @ParameterizedTest
  @CsvSource({
    "product-5, png",
    "product-0, pdf",
    "sample, png",
    "APHERESIS, png",
    "product-01, pdf",
    "bag, pdf"
  })
  void should_answer_404_for_a_unit_a_case_has_no_label_for(String unit, String type)
      throws Exception {
    label("coordinator", openCase(), unit, type).andExpect(problem(404));
  }

  @Test
  void should_answer_404_as_a_problem_even_to_a_client_that_asks_for_an_image() throws Exception {
    mvc.perform(
            get("/api/v1/cases/{id}/units/product-9/label.png", openCase())
                .accept(MediaType.IMAGE_PNG)
                .with(basic("coordinator")))
        .andExpect(problem(404));
  }

  @Test
  void should_answer_404_for_a_case_the_caller_cannot_see() throws Exception {
    String amcCase = firstCaseAt("KR-AMC");
    label("coordinator", amcCase, "product-1", "png").andExpect(problem(404));
    label("nurse", amcCase, "apheresis", "pdf").andExpect(problem(404));
    label("coordinator", UUID.randomUUID().toString(), "product-1", "png").andExpect(problem(404));
  }

  @Test
  void should_refuse_administrators_and_strangers() throws Exception {
    label("admin", openCase(), "product-1", "png").andExpect(problem(403));
    mvc.perform(get("/api/v1/cases/{id}/units/product-1/label.png", openCase()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void should_audit_the_read_of_the_case_behind_a_label() throws Exception {
    String id = openCase();
    int before = reads(id);
    label("coordinator", id, "product-1", "png");
    assertThat(reads(id)).isEqualTo(before + 1);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "apheresis, APHERESIS, coordinator",
    "product-1, PRODUCT_1, nurse",
    "product-2, PRODUCT_2, physician",
    "product-3, PRODUCT_3, courier",
    "product-4, PRODUCT_4, manufacturer"
  })
  void should_print_a_png_whose_barcodes_decode_to_the_case_din_and_unit_flags(
      String unit, UnitKind kind, String user) throws Exception {
    String id = openCase();
    JsonNode view = caseJson("coordinator", id);
    assumeTrue(view.hasNonNull("din"), "cases do not give DINs yet (issue 3, item 1)");
    Din din = Din.parse(view.get("din").asString());
    byte[] png =
        label(user, id, unit, "png")
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.IMAGE_PNG))
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    String expected = din.barcodeData(kind);
    assertThat(LabelPrinterTestSupport.decode(image, BarcodeFormat.CODE_128)).isEqualTo(expected);
    assertThat(LabelPrinterTestSupport.decode(image, BarcodeFormat.DATA_MATRIX))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"coordinator", "manufacturer"})
  void should_print_a_pdf_with_initials_only_for_those_who_see_names(String user) throws Exception {
    String id = openCase();
    JsonNode view = caseJson("coordinator", id);
    assumeTrue(view.hasNonNull("din"), "cases do not give DINs yet (issue 3, item 1)");
    Din din = Din.parse(view.get("din").asString());
    byte[] pdf =
        label(user, id, "product-1", "pdf")
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(288f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(144f);
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
      assertThat(LabelPrinterTestSupport.decode(image, BarcodeFormat.CODE_128))
          .isEqualTo(din.barcodeData(UnitKind.PRODUCT_1));
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(din.eyeReadable()).contains("Kymriah").contains("tisagenlecleucel");
      if (user.equals("manufacturer")) {
        assertThat(text).doesNotContain("H.G.D.").contains("—");
      } else {
        assertThat(text).contains("H.G.D.");
      }
    }
  }

  private ResultActions label(String user, String caseId, String unit, String type)
      throws Exception {
    return mvc.perform(
        get("/api/v1/cases/{id}/units/{unit}/label." + type, caseId, unit).with(basic(user)));
  }

  private String openCase() throws Exception {
    String body =
        """
        {"patient": {"name": "Hong Gil-dong", "birthDate": "1958-03-14", "sex": "MALE",
                     "weightKg": 70.5, "heightCm": 172, "mrn": "%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted("L" + System.nanoTime() % 1_000_000_000L + "-" + MRN.getAndIncrement());
    String created =
        mvc.perform(
                post("/api/v1/cases")
                    .with(basic("coordinator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(created).get("id").asString();
  }

  private JsonNode caseJson(String user, String id) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/v1/cases/" + id).with(basic(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String firstCaseAt(String centre) throws Exception {
    JsonNode cases =
        json.readTree(
            mvc.perform(get("/api/v1/cases?centreId=" + centre).with(basic("auditor")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    return cases.get(0).get("id").asString();
  }

  private int reads(String id) throws Exception {
    JsonNode reads =
        json.readTree(
            mvc.perform(get("/api/v1/audit/reads?caseId=" + id).with(basic("auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    return reads.size();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(
      String user) {
    return httpBasic(user, user);
  }

  private static ResultMatcher problem(int status) {
    return result -> {
      status().is(status).match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(status).match(result);
      jsonPath("$.detail").isNotEmpty().match(result);
    };
  }
}
