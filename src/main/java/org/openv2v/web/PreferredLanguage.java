package org.openv2v.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.openv2v.security.UserAccounts;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Chooses the pages' language: a choice made with {@code ?lang=} for this session first, then the
 * signed-in user's saved setting, then the browser's Accept-Language, then English. Only supported
 * languages are ever kept, so a page never falls back to a half-translated locale.
 */
class PreferredLanguage extends SessionLocaleResolver {

  /** The request attribute that keeps the answer once looked up, to read the account once. */
  private static final String RESOLVED = PreferredLanguage.class.getName() + ".RESOLVED";

  private final UserAccounts accounts;

  PreferredLanguage(UserAccounts accounts) {
    this.accounts = accounts;
    setDefaultLocaleFunction(this::withoutSessionChoice);
  }

  private Locale withoutSessionChoice(HttpServletRequest request) {
    Object resolved = request.getAttribute(RESOLVED);
    if (resolved instanceof Locale locale) {
      return locale;
    }
    Locale locale =
        saved(request)
            .orElseGet(() -> Language.forAcceptLanguage(acceptLanguage(request)))
            .locale();
    request.setAttribute(RESOLVED, locale);
    return locale;
  }

  private Optional<Language> saved(HttpServletRequest request) {
    Principal user = request.getUserPrincipal();
    if (user == null) {
      return Optional.empty();
    }
    return accounts.language(user.getName()).flatMap(Language::of);
  }

  private static String acceptLanguage(HttpServletRequest request) {
    return request.getHeader("Accept-Language");
  }

  /** Keeps only a supported language; {@code ?lang=fr} leaves the choice as it was. */
  @Override
  public void setLocaleContext(
      HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
    Locale wanted = localeContext == null ? null : localeContext.getLocale();
    if (wanted == null) {
      request.removeAttribute(RESOLVED);
      super.setLocaleContext(request, response, null);
      return;
    }
    Language.of(wanted)
        .ifPresent(
            language ->
                super.setLocaleContext(request, response, new SimpleLocale(language.locale())));
  }

  private record SimpleLocale(Locale locale) implements LocaleContext {
    @Override
    public Locale getLocale() {
      return locale;
    }
  }
}
