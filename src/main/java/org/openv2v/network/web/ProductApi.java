package org.openv2v.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The product catalogue. Anyone signed in reads it; only administrators change it. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Network")
@RequiredArgsConstructor
class ProductApi {

  private final Network network;

  @GetMapping
  @Operation(summary = "List the product catalogue")
  List<Product> all() {
    return network.products();
  }

  @GetMapping("/{code}")
  @Operation(summary = "One product")
  Product one(@PathVariable String code) {
    return network
        .product(code)
        .orElseThrow(
            () ->
                Refusal.notFound("No product " + code).withWords("refusal.product.notFound", code));
  }

  @PutMapping("/{code}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Replace a product's values (ADMIN); later catalogue files leave it alone")
  Product update(@PathVariable String code, @Valid @RequestBody Product product, Principal admin) {
    return network.updateProduct(code, product, admin.getName());
  }
}
