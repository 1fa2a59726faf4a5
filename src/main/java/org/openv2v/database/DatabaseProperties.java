package org.openv2v.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded default keeps its files. Ignored when {@code spring.datasource.url} names a
 * server.
 */
@ConfigurationProperties("openv2v")
public record DatabaseProperties(@DefaultValue("./openv2v-data") Path dataDir) {

  Path postgresDirectory() {
    return dataDir.toAbsolutePath().normalize().resolve("postgres");
  }
}
