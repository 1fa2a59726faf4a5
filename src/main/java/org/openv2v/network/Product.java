package org.openv2v.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A CAR-T product as the catalogue knows it; every value carries its source. */
public record Product(
    @NotBlank @Pattern(regexp = "[a-z]+-cel", message = "must look like tisa-cel") String code,
    @NotBlank @Size(max = NAME) String brandName,
    @NotBlank @Size(max = NAME) String genericName,
    @NotBlank @Size(max = NAME) String marketingHolder,
    @NotBlank @Size(max = NAME) String target,
    @NotEmpty @Size(max = ENTRIES) List<@Valid Indication> indications,
    @NotNull @Size(max = ENTRIES) List<@Valid DoseSpecification> doses,
    @NotNull @Size(max = ENTRIES) List<@Valid Lymphodepletion> lymphodepletion,
    @NotNull @Valid Handling handling,
    @NotNull @Valid KoreanMarket korea) {

  // Field limits, documented in docs/reference-data.md: names and codes short, free text and
  // sources a paragraph, cells up to 10^12 (labelled doses reach 6 x 10^8), weights up to 300 kg,
  // prices up to KRW 10 billion (tisa-cel lists at about KRW 360 million), thaw-to-infusion a day.
  static final int CODE = 50;
  static final int NAME = 200;
  static final int TEXT = 2000;
  static final int ENTRIES = 50;
  static final String MAX_CELLS = "1e12";
  static final String MAX_WEIGHT_KG = "300";
  static final long MAX_PRICE_KRW = 10_000_000_000L;

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

  /**
   * An indication as labelled ({@code description}, with its {@code source}) and, for Korean pages,
   * its Korean translation ({@code koreanDescription}; none shows the English wording).
   */
  public record Indication(
      @NotBlank @Size(max = CODE) String code,
      @NotBlank @Size(max = TEXT) String description,
      @Size(max = TEXT) String source,
      @Size(max = 2000) String koreanDescription) {

    public String descriptionIn(Locale locale) {
      boolean korean = locale != null && "ko".equals(locale.getLanguage());
      return korean && koreanDescription != null && !koreanDescription.isBlank()
          ? koreanDescription
          : description;
    }
  }

  /** A labelled dose range for a population, in CAR-positive viable T cells. */
  public record DoseSpecification(
      @NotBlank @Size(max = NAME) String population,
      @Size(max = ENTRIES) List<@Size(max = CODE) String> indicationCodes,
      @NotNull DoseBasis basis,
      @PositiveOrZero @DecimalMax(MAX_CELLS) Double minCells,
      @PositiveOrZero @DecimalMax(MAX_CELLS) Double targetCells,
      @PositiveOrZero @DecimalMax(MAX_CELLS) Double maxCells,
      @PositiveOrZero @DecimalMax(MAX_CELLS) Double capCells,
      @PositiveOrZero @DecimalMax(MAX_WEIGHT_KG) Double minWeightKg,
      @PositiveOrZero @DecimalMax(MAX_WEIGHT_KG) Double maxWeightKg,
      @Size(max = TEXT) String source) {}

  /** The conditioning chemotherapy given before infusion. */
  public record Lymphodepletion(
      @Size(max = ENTRIES) List<@Size(max = CODE) String> indicationCodes,
      @NotBlank @Size(max = TEXT) String regimen,
      @Size(max = TEXT) String timing,
      @Size(max = TEXT) String source) {}

  /** Cold-chain and bedside limits. */
  public record Handling(
      @Min(-273) @Max(40) Integer storageMaxCelsius,
      @PositiveOrZero @Max(1440) Integer thawToInfusionMinutes,
      @Size(max = TEXT) String note,
      @Size(max = TEXT) String source) {}

  /** Approval, price and reimbursement in Korea. */
  public record KoreanMarket(
      LocalDate mfdsApproval,
      @PositiveOrZero @Max(MAX_PRICE_KRW) Long priceKrw,
      @NotNull Reimbursement reimbursement,
      LocalDate reimbursedSince,
      @Size(max = TEXT) String source) {}
}
