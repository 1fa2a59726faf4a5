package org.openv2v.bedside.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.bedside.BedsideRequest;
import org.openv2v.bedside.BedsideResult;
import org.openv2v.bedside.BedsideVerifications;
import org.openv2v.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The bedside check before infusion. */
@RestController
@Tag(name = "Bedside", description = "Two-person identity check before infusion")
@RequiredArgsConstructor
class BedsideApi {

  private final BedsideVerifications verifications;
  private final CurrentActor actor;

  @PostMapping("/api/v1/cases/{id}/bedside-verification")
  @PreAuthorize("hasAnyRole('PHYSICIAN','NURSE')")
  @Operation(
      summary =
          "Verify wristband and bag before infusion (PHYSICIAN, NURSE; the caller is the first"
              + " verifier). Answers MATCH or MISMATCH with every reason; every check is recorded.")
  BedsideResult verify(@PathVariable UUID id, @Valid @RequestBody BedsideRequest request) {
    return verifications.verify(id, request, actor.get());
  }
}
