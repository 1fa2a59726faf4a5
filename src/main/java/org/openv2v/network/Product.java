package org.openv2v.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A CAR-T product as the catalogue knows it; every value carries its source. */
public record Product(
    @NotBlank @Pattern(regexp = "[a-z]+-cel", message = "must look like tisa-cel") String code,
    @NotBlank String brandName,
    @NotBlank String genericName,
    @NotBlank String marketingHolder,
    @NotBlank String target,
    @NotEmpty List<@Valid Indication> indications,
    @NotNull List<@Valid DoseSpecification> doses,
    @NotNull List<@Valid Lymphodepletion> lymphodepletion,
    @NotNull @Valid Handling handling,
    @NotNull @Valid KoreanMarket korea) {

  public Product {
    indications = indications == null ? List.of() : List.copyOf(indications);
    doses = doses == null ? List.of() : List.copyOf(doses);
    lymphodepletion = lymphodepletion == null ? List.of() : List.copyOf(lymphodepletion);
  }

  public Optional<Indication> indication(String code) {
    return indications.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public List<String> indicationCodes() {
    return indications.stream().map(Indication::code).toList();
  }

  /** A disease the product is labelled for. */
  /**
   * An indication as labelled ({@code description}, with its {@code source}) and, for Korean pages,
   * its Korean translation ({@code koreanDescription}; none shows the English wording).
   */
  public record Indication(
      @NotBlank String code,
      @NotBlank String description,
      String source,
      @Size(max = 2000) String koreanDescription) {

    public String descriptionIn(java.util.Locale locale) {
      boolean korean = locale != null && "ko".equals(locale.getLanguage());
      return korean && koreanDescription != null && !koreanDescription.isBlank()
          ? koreanDescription
          : description;
    }
  }

  /** A labelled dose range for a population, in CAR-positive viable T cells. */
  public record DoseSpecification(
      @NotBlank String population,
      List<String> indicationCodes,
      @NotNull DoseBasis basis,
      Double minCells,
      Double targetCells,
      Double maxCells,
      Double capCells,
      Double minWeightKg,
      Double maxWeightKg,
      String source) {}

  /** The conditioning chemotherapy given before infusion. */
  public record Lymphodepletion(
      List<String> indicationCodes, @NotBlank String regimen, String timing, String source) {}

  /** Cold-chain and bedside limits. */
  public record Handling(
      Integer storageMaxCelsius, Integer thawToInfusionMinutes, String note, String source) {}

  /** Approval, price and reimbursement in Korea. */
  public record KoreanMarket(
      LocalDate mfdsApproval,
      Long priceKrw,
      @NotNull Reimbursement reimbursement,
      LocalDate reimbursedSince,
      String source) {}
}
