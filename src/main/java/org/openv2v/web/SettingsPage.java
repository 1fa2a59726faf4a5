package org.openv2v.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.UserAccounts;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The user's own settings: for now, the language of the pages. Every signed-in user has one. */
@RefusedWith
@Controller
@RequiredArgsConstructor
class SettingsPage {

  private final UserAccounts accounts;
  private final CurrentActor currentActor;
  private final Network network;
  private final LocaleResolver localeResolver;

  @GetMapping("/settings")
  String show(
      @RequestParam(required = false) String saved,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
      Model model) {
    Actor actor = currentActor.get();
    model.addAttribute("me", SignedInBadge.of(actor, network));
    model.addAttribute("saved", saved != null);
    model.addAttribute("chosen", accounts.language(actor.username()).orElse(""));
    model.addAttribute("browserLanguage", Language.forAcceptLanguage(acceptLanguage).nativeName());
    model.addAttribute("choices", Arrays.stream(Language.values()).map(Choice::of).toList());
    return "settings";
  }

  /**
   * Saves the language, or goes back to the browser's when it is blank. A {@code ?lang=} choice
   * made earlier in the session is dropped, so that what was just saved is what shows.
   */
  @PostMapping("/settings/language")
  String chooseLanguage(
      @RequestParam(defaultValue = "") String language,
      HttpServletRequest request,
      HttpServletResponse response) {
    Actor actor = currentActor.get();
    Optional<Language> chosen = Optional.empty();
    if (StringUtils.hasText(language)) {
      chosen =
          Optional.of(
              Language.of(language)
                  .orElseThrow(
                      () ->
                          Refusal.invalidField("language", "must be blank, en or ko")
                              .withWords("refusal.settings.language")));
    }
    accounts.chooseLanguage(actor.username(), chosen.map(Language::code));
    localeResolver.setLocale(request, response, null);
    return "redirect:/settings?saved";
  }

  /** One radio button of the form. */
  record Choice(String code, String name) {
    static Choice of(Language language) {
      return new Choice(language.code(), language.nativeName());
    }
  }
}
