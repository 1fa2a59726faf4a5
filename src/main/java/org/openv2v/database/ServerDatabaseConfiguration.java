package org.openv2v.database;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A PostgreSQL server named by {@code spring.datasource.url}; Spring Boot builds the pool. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.datasource.url")
class ServerDatabaseConfiguration {

  @Bean
  DatabaseInUse databaseInUse(
      DataSource dataSource, @Value("${spring.datasource.url}") String url) {
    return new DatabaseInUse(false, url, dataDirectory(dataSource)).announce();
  }

  // Only superusers and pg_read_all_settings members may read it; others get "not visible".
  private static Optional<String> dataDirectory(DataSource dataSource) {
    try {
      return JdbcClient.create(dataSource)
          .sql("show data_directory")
          .query(String.class)
          .optional();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
