package org.openv2v.network.internal;

import java.time.LocalDate;
import java.util.List;
import org.openv2v.network.Product;

/** The layout of {@code reference/products.json}. */
public record CatalogueFile(int version, LocalDate asOf, List<Product> products) {}
