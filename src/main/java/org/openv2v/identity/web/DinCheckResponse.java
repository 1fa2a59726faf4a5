package org.openv2v.identity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.DinCheck;
import org.openv2v.identity.domain.UnitKind;

/**
 * The answer to a DIN check. Fields that cannot be derived are null: the DIN, its check character
 * and Type 3 flags only when valid; facility, year, sequence and flags as read whenever the text
 * had a DIN's shape.
 */
record DinCheckResponse(
    @Schema(description = "Whether the text is a valid DIN in one of the accepted forms")
        boolean valid,
    @Schema(description = "The 13-character DIN", example = "A999926000001") String din,
    @Schema(description = "The MOD 37-2 keyboard check character K", example = "8")
        String checkCharacter,
    @Schema(description = "The Type 3 flags of the DIN: 60 + MOD 37-2 checksum", example = "68")
        String type3Flag,
    @Schema(description = "Facility Identification Number", example = "A9999") String facility,
    @Schema(description = "Last two digits of the nominal year", example = "26") String year,
    @Schema(description = "Sequence number within the year", example = "000001") String sequence,
    @Schema(description = "The two flag characters read, if the form carries flags", example = "01")
        String flags,
    @Schema(description = "What is wrong, when not valid") String reason,
    @Schema(description = "The unit the flags name on an OpenV2V label", example = "PRODUCT_1")
        UnitKind unit,
    @Schema(description = "Whether a check character K or Type 3 flags confirmed the DIN")
        boolean checked) {

  static DinCheckResponse of(DinCheck check) {
    return new DinCheckResponse(
        check.valid(),
        check.din().map(Din::text).orElse(null),
        check.checkCharacter().map(String::valueOf).orElse(null),
        check.type3Flag().orElse(null),
        check.facility().orElse(null),
        check.year().orElse(null),
        check.sequence().orElse(null),
        check.flags().orElse(null),
        check.reason().orElse(null),
        check.unit().orElse(null),
        check.checked());
  }
}
