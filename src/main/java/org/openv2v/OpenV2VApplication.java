package org.openv2v;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The vein-to-vein platform: one process serving the API, the web pages and the planning tools. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenV2VApplication {

  public static void main(String[] args) {
    SpringApplication.run(OpenV2VApplication.class, args);
  }
}
