package org.openv2v.cases.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openv2v.network.Product;
import org.openv2v.network.Site;
import org.springframework.context.i18n.LocaleContextHolder;

/** The network's sites and products by id, to show names where the cases carry codes. */
record NetworkNames(Map<String, Site> sites, Map<String, Product> products) {

  static NetworkNames of(List<Site> sites, List<Product> products) {
    return new NetworkNames(
        sites.stream().collect(Collectors.toMap(Site::id, Function.identity(), (a, b) -> a)),
        products.stream()
            .collect(Collectors.toMap(Product::code, Function.identity(), (a, b) -> a)));
  }

  /** The site's name, its id if the network no longer knows it, or null for no site. */
  String site(String id) {
    if (id == null) {
      return null;
    }
    Site site = sites.get(id);
    return site == null ? id : site.nameIn(LocaleContextHolder.getLocale());
  }

  List<String> siteNames(Collection<String> ids) {
    return ids.stream().map(this::site).sorted().toList();
  }

  /** The brand name, or the code if the catalogue does not know the product. */
  String brand(String productCode) {
    Product product = products.get(productCode);
    return product == null ? productCode : product.brandName();
  }

  String indication(String productCode, String indicationCode) {
    Product product = products.get(productCode);
    return product == null
        ? indicationCode
        : product
            .indication(indicationCode)
            .map(found -> found.descriptionIn(LocaleContextHolder.getLocale()))
            .orElse(indicationCode);
  }

  List<Site> treatmentCentres() {
    return sites.values().stream()
        .filter(Site::isTreatmentCentre)
        .sorted(Comparator.comparing(Site::name))
        .toList();
  }
}
