package org.openv2v.safety.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sign-off stamped on a row once, as {@code <stamp>_at} and {@code <stamp>_by}: a physician's
 * confirmation of an assessment, the release of a tocilizumab reservation. The first one wins; a
 * second changes nothing and is answered {@code false}, so two people acting at once cannot both
 * believe they signed.
 */
final class SignOff {

  private SignOff() {}

  static boolean once(JdbcClient jdbc, String table, String stamp, UUID id, Instant at, String by) {
    return jdbc.sql(
                "update "
                    + table
                    + " set "
                    + stamp
                    + "_at = ?, "
                    + stamp
                    + "_by = ? where id = ? and "
                    + stamp
                    + "_at is null")
            .params(Timestamp.from(at), by, id)
            .update()
        == 1;
  }
}
