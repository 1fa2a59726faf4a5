package org.openv2v.network.internal;

import java.io.IOException;
import java.io.InputStream;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the product catalogue in {@code reference/products.json} into the database whenever the
 * file is newer than what was loaded. Every deployment needs it, demo or not.
 */
@Component
@Order(0)
@RequiredArgsConstructor
class ProductCatalogueLoader implements ApplicationRunner {

  static final String FILE = "reference/products.json";
  private static final Logger log = LoggerFactory.getLogger(ProductCatalogueLoader.class);

  private final ProductRows products;
  private final ReferenceFiles files;
  private final JsonMapper json;

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    CatalogueFile catalogue;
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      catalogue = json.readValue(in, CatalogueFile.class);
    }
    int loaded = files.loadedVersion(FILE).orElse(0);
    if (catalogue.version() <= loaded) {
      return;
    }
    for (var product : catalogue.products()) {
      if (products.editedByAdministrator(product.code())) {
        log.warn(
            "Product {} was edited by an administrator; catalogue version {} left it as it is.",
            product.code(),
            catalogue.version());
      }
      products.saveFromCatalogue(product, catalogue.version());
    }
    files.markLoaded(FILE, catalogue.version());
    log.info(
        "Product catalogue version {} loaded: {} products.",
        catalogue.version(),
        catalogue.products().size());
  }
}
