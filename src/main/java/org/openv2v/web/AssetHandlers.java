package org.openv2v.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The platform's stylesheets, scripts and htmx, each served from its own address prefix under an
 * address that carries a hash of its content (th:href and th:src write it), kept by browsers for a
 * year. Boot's own mapping of every address ({@code /**}) to the static folder is off ({@code
 * spring.web.resources.add-mappings: false}): with it, every link a page wrote (a case's address, a
 * form's action) was looked up on the class path as a possible file first, about 3% of a test run's
 * CPU, and as much of a busy server's page time.
 */
@Configuration(proxyBeanMethods = false)
class AssetHandlers implements WebMvcConfigurer {

  private static final CacheControl A_YEAR =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    serve(registry, "/css/**", "classpath:/static/css/");
    serve(registry, "/js/**", "classpath:/static/js/");
    serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
  }

  private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
    registry
        .addResourceHandler(pattern)
        .addResourceLocations(location)
        .setCacheControl(A_YEAR)
        .resourceChain(true)
        .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
  }
}
