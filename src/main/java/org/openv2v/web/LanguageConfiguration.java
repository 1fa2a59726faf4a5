package org.openv2v.web;

import org.openv2v.security.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Which language the pages speak is {@link PreferredLanguage}'s job; their words come from the
 * message bundles ({@code spring.messages.basename}: {@code messages.properties} is English, the
 * default; {@code messages_ko.properties} Korean; modules with pages of their own add theirs). The
 * JSON API does not depend on it: its words stay English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

  /** {@code ?lang=ko} or {@code ?lang=en} on any page. */
  static final String PARAMETER = "lang";

  @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  LocaleResolver localeResolver(UserAccounts accounts) {
    return new PreferredLanguage(accounts);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(PARAMETER);
    change.setIgnoreInvalidLocale(true);
    // The API keeps no session and speaks English: ?lang there must not open a session.
    registry.addInterceptor(change).excludePathPatterns("/api/**");
    registry.addInterceptor(new LanguageLinks());
  }
}
