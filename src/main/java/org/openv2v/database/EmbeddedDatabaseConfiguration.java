package org.openv2v.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The default database: a real PostgreSQL that the platform starts itself from binaries shipped
 * through Maven, so development, tests and production share one SQL dialect.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoServerConfigured.class)
class EmbeddedDatabaseConfiguration {

  static final String DATABASE = "openv2v";

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(DatabaseProperties properties, Environment environment)
      throws IOException {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new EmbeddedDatabaseRefused(
          "The prod profile is active but no PostgreSQL server is configured.",
          "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
              + "(or --spring.datasource.url=jdbc:postgresql://HOST:PORT/DB). The embedded "
              + "database is for trying the platform, not for patients' records.");
    }
    Path directory = properties.postgresDirectory();
    Files.createDirectories(directory.getParent());
    new StalePostmaster(directory).clear();
    return EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        // The library's test defaults trade durability for speed; records must survive a crash.
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
    createDatabaseIfMissing(postgres);
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
    dataSource.setUsername("postgres");
    dataSource.setPoolName("openv2v-embedded");
    dataSource.setMaximumPoolSize(10);
    return dataSource;
  }

  @Bean
  DatabaseInUse databaseInUse(EmbeddedPostgres postgres, DatabaseProperties properties) {
    return new DatabaseInUse(
            true,
            postgres.getJdbcUrl("postgres", DATABASE),
            Optional.of(properties.postgresDirectory().toString()))
        .announce();
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      if (!exists.executeQuery().next()) {
        try (var create = connection.createStatement()) {
          create.execute("create database " + DATABASE);
        }
      }
    }
  }
}
