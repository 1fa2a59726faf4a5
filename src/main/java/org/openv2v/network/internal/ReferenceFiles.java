package org.openv2v.network.internal;

import java.util.OptionalInt;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which version of each reference file the database holds. */
@Repository
@RequiredArgsConstructor
public class ReferenceFiles {

  private final JdbcClient jdbc;

  public OptionalInt loadedVersion(String name) {
    return jdbc.sql("select version from network.reference_file where name = ?")
        .param(name)
        .query(Integer.class)
        .optional()
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }

  public void markLoaded(String name, int version) {
    jdbc.sql(
            """
            insert into network.reference_file (name, version, loaded_at) values (?, ?, now())
            on conflict (name) do update set version = excluded.version, loaded_at = now()
            """)
        .params(name, version)
        .update();
  }
}
