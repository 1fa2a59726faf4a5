package org.openv2v.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the language switcher's links: the same address and query with {@code lang} set,
 * so that switching keeps the filters. Pages rendered without it fall back to plain {@code ?lang=}
 * links.
 */
class LanguageLinks implements HandlerInterceptor {

  /** One entry of the switcher. */
  record Link(String code, String name, String href, boolean current) {}

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page == null || !page.hasView() || isRedirect(page)) {
      return;
    }
    page.addObject("languages", links(request));
  }

  static List<Link> links(HttpServletRequest request) {
    Language current = Language.of(RequestContextUtils.getLocale(request)).orElse(Language.DEFAULT);
    Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = errorUri instanceof String original ? original : request.getRequestURI();
    String query = errorUri == null ? request.getQueryString() : null;
    return Arrays.stream(Language.values())
        .map(
            language ->
                new Link(
                    language.code(),
                    language.nativeName(),
                    UriComponentsBuilder.fromPath(path)
                        .query(query)
                        .replaceQueryParam(LanguageConfiguration.PARAMETER, language.code())
                        .build()
                        .toUriString(),
                    language == current))
        .toList();
  }

  private static boolean isRedirect(ModelAndView page) {
    String name = page.getViewName();
    return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
  }
}
