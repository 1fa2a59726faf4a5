package org.openv2v.patientstatus.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.patientstatus.IssuedLink;
import org.openv2v.patientstatus.StatusLink;
import org.openv2v.patientstatus.StatusLinks;
import org.openv2v.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Issuing and revoking the links that patients and caregivers use to follow a journey. */
@RestController
@Tag(name = "Patient status links", description = "Per-case links for patients and caregivers")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
@RequiredArgsConstructor
class StatusLinkApi {

  private final StatusLinks links;
  private final CurrentActor actor;

  /** The new link's address, with its secret: shown once, to hand to the patient. */
  record NewLink(UUID id, String url, Instant expiresAt) {}

  @PostMapping("/api/v1/cases/{id}/status-links")
  @Operation(
      summary =
          "Issue a status link for the patient or a caregiver (COORDINATOR, PHYSICIAN at the"
              + " treatment centre). The answer holds the only copy of the link's address.")
  ResponseEntity<NewLink> issue(@PathVariable UUID id) {
    IssuedLink issued = links.issue(id, actor.get());
    String url =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path(issued.path())
            .build()
            .toUriString();
    return ResponseEntity.created(URI.create(url))
        .body(new NewLink(issued.id(), url, issued.expiresAt()));
  }

  @GetMapping("/api/v1/cases/{id}/status-links")
  @Operation(summary = "The case's status links, without their addresses")
  List<StatusLink> list(@PathVariable UUID id) {
    return links.links(id, actor.get());
  }

  @DeleteMapping("/api/v1/cases/{id}/status-links/{linkId}")
  @Operation(summary = "Revoke a status link at once; its page stops opening")
  StatusLink revoke(@PathVariable UUID id, @PathVariable UUID linkId) {
    return links.revoke(id, linkId, actor.get());
  }
}
