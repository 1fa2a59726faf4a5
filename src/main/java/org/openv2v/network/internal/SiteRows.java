package org.openv2v.network.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Accreditation;
import org.openv2v.network.Capability;
import org.openv2v.network.Site;
import org.openv2v.network.SiteType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites in {@code network.site}. */
@Repository
@RequiredArgsConstructor
public class SiteRows {

  private static final String COLUMNS =
      "id, name, type, region, country, capabilities, accreditations, product_certifications,"
          + " manufactures, source, korean_name";

  private final JdbcClient jdbc;

  public List<Site> all() {
    return jdbc.sql("select " + COLUMNS + " from network.site order by type, id")
        .query(SiteRows::map)
        .list();
  }

  public Optional<Site> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from network.site where id = ?")
        .param(id)
        .query(SiteRows::map)
        .optional();
  }

  public boolean exists(String id) {
    return jdbc.sql("select exists (select 1 from network.site where id = ?)")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  public boolean isEmpty() {
    return !jdbc.sql("select exists (select 1 from network.site)").query(Boolean.class).single();
  }

  /** Inserts the site or replaces every value of the one with its id. */
  public void save(Site site, String editedBy) {
    jdbc.sql(
            """
            insert into network.site (id, name, type, region, country, capabilities, accreditations,
                product_certifications, manufactures, source, korean_name, edited_by, edited_at)
            values (:id, :name, :type, :region, :country, :capabilities, :accreditations,
                :certifications, :manufactures, :source, :koreanName, :editedBy,
                case when :editedBy::text is null then null else now() end)
            on conflict (id) do update set name = excluded.name, type = excluded.type,
                region = excluded.region, country = excluded.country,
                capabilities = excluded.capabilities, accreditations = excluded.accreditations,
                product_certifications = excluded.product_certifications,
                manufactures = excluded.manufactures, source = excluded.source,
                korean_name = excluded.korean_name,
                edited_by = excluded.edited_by, edited_at = excluded.edited_at
            """)
        .param("id", site.id())
        .param("name", site.name())
        .param("type", site.type().name())
        .param("region", site.region())
        .param("country", site.country())
        .param("capabilities", names(site.capabilities(), Enum::name))
        .param("accreditations", names(site.accreditations(), Enum::name))
        .param("certifications", names(site.productCertifications(), Function.identity()))
        .param("manufactures", names(site.manufactures(), Function.identity()))
        .param("source", site.source())
        .param("koreanName", site.koreanName())
        .param("editedBy", editedBy)
        .update();
  }

  private static <T> String[] names(Set<T> values, Function<T, String> name) {
    return values.stream().map(name).sorted().toArray(String[]::new);
  }

  private static Site map(ResultSet row, int n) throws SQLException {
    return new Site(
        row.getString("id"),
        row.getString("name"),
        SiteType.valueOf(row.getString("type")),
        row.getString("region"),
        row.getString("country"),
        enums(row.getArray("capabilities"), Capability.class),
        enums(row.getArray("accreditations"), Accreditation.class),
        strings(row.getArray("product_certifications")),
        strings(row.getArray("manufactures")),
        row.getString("source"),
        row.getString("korean_name"));
  }

  private static Set<String> strings(Array array) throws SQLException {
    return Set.of((String[]) array.getArray());
  }

  private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
    return Arrays.stream((String[]) array.getArray())
        .map(name -> Enum.valueOf(type, name))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
  }
}
