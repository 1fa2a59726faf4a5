package org.openv2v.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server listens before the platform is ready: the demo network and its users are loaded after
 * Tomcat starts. Until the readiness state says it accepts traffic, every request but the health
 * probes gets 503 with {@code Retry-After}: a short "starting" page for people, a problem document
 * for programs. A sign-in sent then is never checked, so it cannot fail for a user who does not
 * exist yet, nor count toward the sign-in lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor
class StartingUp extends OncePerRequestFilter {

  static final int RETRY_AFTER_SECONDS = 5;

  private final ApplicationAvailability availability;
  private final ITemplateEngine templates;
  private final JsonMapper json;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health")
        || path.startsWith("/actuator/health/")
        || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    if (wantsPage(request)) {
      Locale locale = locale(request);
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.setCharacterEncoding("UTF-8");
      Context page = new Context(locale);
      page.setVariable("retryAfter", RETRY_AFTER_SECONDS);
      templates.process("starting", page, response.getWriter());
      return;
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The platform is starting; try again in a moment (it is ready when /actuator/health"
                + " answers UP).");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private static boolean wantsPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
        || "POST".equals(request.getMethod()) && path.equals("/login");
  }

  /** The page's language, as the pages choose it: {@code ?lang=}, then the browser's. */
  private static Locale locale(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    if (lang != null && List.of("en", "ko").contains(lang)) {
      return Locale.forLanguageTag(lang);
    }
    return "ko".equals(request.getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
  }
}
