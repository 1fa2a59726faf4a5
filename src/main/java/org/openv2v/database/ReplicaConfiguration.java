package org.openv2v.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One setting points read-heavy work at a read replica: {@code openv2v.datasource.replica.url}
 * (user and password default to the primary's: {@code openv2v.datasource.replica.username}, {@code
 * .password}). Its pool is small and read-only; see docs/deployment.md.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

  @Bean(destroyMethod = "close")
  ReadReplica readReplica(Environment environment) {
    String url = environment.getProperty("openv2v.datasource.replica.url", "");
    if (url.isBlank()) {
      return ReadReplica.none();
    }
    HikariDataSource replica = new HikariDataSource();
    replica.setJdbcUrl(url);
    replica.setUsername(
        environment.getProperty(
            "openv2v.datasource.replica.username",
            environment.getProperty("spring.datasource.username", "")));
    replica.setPassword(
        environment.getProperty(
            "openv2v.datasource.replica.password",
            environment.getProperty("spring.datasource.password", "")));
    replica.setReadOnly(true);
    replica.setPoolName("openv2v-replica");
    replica.setMaximumPoolSize(
        environment.getProperty("openv2v.datasource.replica.pool-size", Integer.class, 5));
    return new ReadReplica(Optional.of(replica));
  }

  /** Wraps the primary DataSource, whichever configuration made it, when a replica is set. */
  @Bean
  static BeanPostProcessor replicaRouting(ObjectProvider<ReadReplica> replica) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource primary && name.equals("dataSource")) {
          Optional<DataSource> target = replica.getObject().dataSource();
          if (target.isPresent()) {
            return new ReplicaRouting(primary, target.get());
          }
        }
        return bean;
      }
    };
  }
}
