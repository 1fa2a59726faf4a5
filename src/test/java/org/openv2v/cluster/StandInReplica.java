package org.openv2v.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.openv2v.TestDatabase;

/**
 * A second, fresh database on the test server, with the platform's schema and none of its data: a
 * stand-in for a read replica that makes it plain which database a read went to.
 */
public final class StandInReplica {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");

  private StandInReplica() {}

  /** Its JDBC URL, after creating the database and migrating it. */
  public static String create() {
    Matcher primary = URL.matcher(TestDatabase.url());
    if (!primary.matches()) {
      throw new IllegalStateException("Unexpected test database URL " + TestDatabase.url());
    }
    String name =
        "openv2v_replica_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "postgres", "")) {
      connection.createStatement().execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the stand-in replica " + name, e);
    }
    String url = primary.group(1) + name + primary.group(3);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Connection connection =
                      DriverManager.getConnection(TestDatabase.url(), "postgres", "")) {
                    connection
                        .createStatement()
                        .execute("drop database if exists " + name + " with (force)");
                  } catch (SQLException ignored) {
                    // The server (or the embedded one) is going away with the run anyway.
                  }
                }));
    Flyway.configure()
        .dataSource(url, "postgres", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return url;
  }
}
