package org.openv2v.network;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.internal.NetworkFile;
import org.openv2v.network.internal.ProductRows;
import org.openv2v.network.internal.ReferenceFiles;
import org.openv2v.network.internal.SiteRows;
import org.openv2v.shared.Refusal;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The network's sites and its product catalogue: what other modules ask of this one. */
@Service
@RequiredArgsConstructor
public class Network {

  private final SiteRows sites;
  private final ProductRows products;
  private final ReferenceFiles files;
  private final JsonMapper json;

  public List<Site> sites() {
    return sites.all();
  }

  public Optional<Site> site(String id) {
    return sites.find(id);
  }

  /** The site a request names in {@code field}; refused as an invalid field when there is none. */
  public Site namedSite(String id, String field) {
    return site(id)
        .orElseThrow(
            () ->
                Refusal.invalidField(field, "no site " + id).withWords("refusal.site.unknown", id));
  }

  /** The site's name as people read it in the language; its id if the network does not know it. */
  public String siteName(String id, Locale locale) {
    return site(id).map(site -> site.nameIn(locale)).orElse(id);
  }

  public List<Product> products() {
    return products.all();
  }

  public Optional<Product> product(String code) {
    return products.find(code);
  }

  /** The facility that manufactures the product for this network, if there is one. */
  public Optional<Site> manufacturerOf(String productCode) {
    return sites.all().stream()
        .filter(site -> site.type() == SiteType.MANUFACTURING_FACILITY)
        .filter(site -> site.manufactures().contains(productCode))
        .findFirst();
  }

  /** The courier that carries product for this network, if there is one. */
  public Optional<Site> courier() {
    return sites.all().stream().filter(site -> site.type() == SiteType.COURIER).findFirst();
  }

  public boolean hasSites() {
    return !sites.isEmpty();
  }

  @Transactional
  public Site createSite(Site site, String editedBy) {
    if (sites.exists(site.id())) {
      throw new Refusal(
              Refusal.Kind.CONFLICT, "Site " + site.id() + " already exists; use PUT to change it.")
          .withWords("refusal.site.exists", site.id());
    }
    return saveChecked(site, editedBy);
  }

  @Transactional
  public Site updateSite(String id, Site site, String editedBy) {
    requireAddressed("id", id, site.id());
    if (!sites.exists(id)) {
      throw Refusal.notFound("No site " + id).withWords("refusal.site.notFound", id);
    }
    return saveChecked(site, editedBy);
  }

  @Transactional
  public Product updateProduct(String code, Product product, String editedBy) {
    requireAddressed("code", code, product.code());
    if (products.find(code).isEmpty()) {
      throw Refusal.notFound("No product " + code).withWords("refusal.product.notFound", code);
    }
    products.saveEdit(product, editedBy);
    return product;
  }

  /** Loads the sites of a network file, as the demo does on its first start. */
  @Transactional
  public int importSites(Resource networkFile) throws IOException {
    NetworkFile network;
    try (InputStream in = networkFile.getInputStream()) {
      network = json.readValue(in, NetworkFile.class);
    }
    network.sites().forEach(site -> sites.save(site, null));
    files.markLoaded(networkFile.getFilename(), network.version());
    return network.sites().size();
  }

  /** A PUT replaces the resource at its address; a body naming another one is a mistake. */
  private static void requireAddressed(String field, String inAddress, String inBody) {
    if (!inBody.equals(inAddress)) {
      throw Refusal.invalidField(
              field, "must equal the " + field + " in the address (" + inAddress + ")")
          .withWords("refusal.request.addressMismatch", field, inAddress);
    }
  }

  /** Saves a site an administrator wrote, once every product it names is in the catalogue. */
  private Site saveChecked(Site site, String editedBy) {
    checkProducts(site);
    sites.save(site, editedBy);
    return site;
  }

  private void checkProducts(Site site) {
    var unknown =
        Stream.concat(site.productCertifications().stream(), site.manufactures().stream())
            .filter(code -> products.find(code).isEmpty())
            .sorted()
            .toList();
    if (!unknown.isEmpty()) {
      throw Refusal.invalidField("productCertifications", "unknown products: " + unknown)
          .withWords("refusal.site.unknownProducts", unknown);
    }
  }
}
