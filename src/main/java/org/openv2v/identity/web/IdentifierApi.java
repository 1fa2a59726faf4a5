package org.openv2v.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.openv2v.identity.Identities;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks an ISBT 128 DIN as a scanner or a person produced it. Anyone signed in may ask: an
 * identifier carries no patient data. Invalid identifiers are answered 200 with {@code valid:
 * false} and the reason: the check itself succeeded.
 */
@RestController
@RequestMapping("/api/v1/identifiers/din")
@Tag(name = "Identifiers", description = "ISBT 128 chain-of-identity numbers")
@RequiredArgsConstructor
class IdentifierApi {

  private final Identities identities;

  /**
   * The text in the path, URL-encoded: {@code %20} for a space, {@code %3D} or {@code =} for the
   * data identifier. A '+' is read as a space, since forms encode spaces so and no DIN has a '+'.
   */
  @GetMapping("/{text}")
  @Operation(
      summary = "Check a DIN given in the path",
      description =
          "Accepts the 13-character DIN, DIN + check character, '=' + DIN + flags (barcode data),"
              + " DIN + flags, and the eye-readable form with spaces. URL-encode the text; the"
              + " query form ?text= suits any character.")
  DinCheckResponse inPath(@Parameter(example = "A9999 26 000001 8") @PathVariable String text) {
    return DinCheckResponse.of(identities.check(text.replace('+', ' ')));
  }

  @GetMapping
  @Operation(summary = "Check a DIN given as the query parameter text")
  DinCheckResponse inQuery(
      @Parameter(example = "=A99992600000101") @RequestParam(defaultValue = "") String text) {
    return DinCheckResponse.of(identities.check(text));
  }
}
