package org.openv2v.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The network's sites. Anyone signed in reads them; only administrators change them. */
@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "Network", description = "Sites and the product catalogue")
@RequiredArgsConstructor
class SiteApi {

  private final Network network;

  @GetMapping
  @Operation(summary = "List every site of the network")
  List<Site> all() {
    return network.sites();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One site")
  Site one(@PathVariable String id) {
    return network
        .site(id)
        .orElseThrow(
            () -> Refusal.notFound("No site " + id).withWords("refusal.site.notFound", id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Add a site (ADMIN)")
  Site create(@Valid @RequestBody Site site, Principal admin) {
    return network.createSite(site, admin.getName());
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Replace a site's values (ADMIN)")
  Site update(@PathVariable String id, @Valid @RequestBody Site site, Principal admin) {
    return network.updateSite(id, site, admin.getName());
  }
}
