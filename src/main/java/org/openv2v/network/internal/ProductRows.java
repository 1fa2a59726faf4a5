package org.openv2v.network.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Product;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Products in {@code network.product}, each kept whole as a JSON document. */
@Repository
@RequiredArgsConstructor
public class ProductRows {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public List<Product> all() {
    return jdbc
        .sql("select document::text from network.product order by code")
        .query(String.class)
        .list()
        .stream()
        .map(this::read)
        .toList();
  }

  public Optional<Product> find(String code) {
    return jdbc.sql("select document::text from network.product where code = ?")
        .param(code)
        .query(String.class)
        .optional()
        .map(this::read);
  }

  public boolean editedByAdministrator(String code) {
    return jdbc.sql("select edited_by is not null from network.product where code = ?")
        .param(code)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Loads a product from the catalogue file; an administrator's edit is left alone. */
  public void saveFromCatalogue(Product product, int version) {
    jdbc.sql(
            """
            insert into network.product (code, document, catalogue_version)
            values (:code, :document::jsonb, :version)
            on conflict (code) do update set document = excluded.document,
                catalogue_version = excluded.catalogue_version
            where network.product.edited_by is null
            """)
        .param("code", product.code())
        .param("document", json.writeValueAsString(product))
        .param("version", version)
        .update();
  }

  public void saveEdit(Product product, String editedBy) {
    jdbc.sql(
            """
            update network.product set document = :document::jsonb, edited_by = :editedBy,
                edited_at = now()
            where code = :code
            """)
        .param("code", product.code())
        .param("document", json.writeValueAsString(product))
        .param("editedBy", editedBy)
        .update();
  }

  private Product read(String document) {
    return json.readValue(document, Product.class);
  }
}
