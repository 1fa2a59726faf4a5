package org.openv2v.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.openv2v.shared.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A NUL character in a query or form parameter ({@code ?q=%00}) is refused at the door with a 400
 * naming the parameter: PostgreSQL cannot store or even compare it in text, so it would otherwise
 * fail deep inside a query. JSON bodies are guarded by {@link StrictJsonInput}; the container
 * refuses {@code %00} in a path itself. Multipart bodies are left to their readers, so that a size
 * limit is still answered by its own 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@RequiredArgsConstructor
class NulParameters extends OncePerRequestFilter {

  private final JsonMapper json;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    boolean queryOnly = type != null && type.toLowerCase().startsWith("multipart/");
    return queryOnly
        && (request.getQueryString() == null || !request.getQueryString().contains("%"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase().startsWith("multipart/")) {
      // Only the query string: reading parameters would parse the whole upload here.
      for (String pair : request.getQueryString().split("&")) {
        if (pair.contains("%00")) {
          refuse(response, pair.substring(0, Math.max(0, pair.indexOf('='))));
          return;
        }
      }
      chain.doFilter(request, response);
      return;
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (parameter.getKey().indexOf('\0') >= 0) {
        refuse(response, "(parameter name)");
        return;
      }
      for (String value : parameter.getValue()) {
        if (value != null && value.indexOf('\0') >= 0) {
          refuse(response, parameter.getKey());
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response, String field) throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, field + " " + StrictJsonInput.NUL_MESSAGE);
    problem.setProperty("errors", List.of(new FieldProblem(field, StrictJsonInput.NUL_MESSAGE)));
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
