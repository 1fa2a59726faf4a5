package org.openv2v.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Errors that happen before any controller is chosen (an unknown address, a method the address does
 * not take, a request the firewall rejects) reach the servlet's error page. Browsers get the
 * friendly page; everyone else gets an RFC 9457 problem document like every other API error.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

  ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
    super(errorAttributes, new ErrorProperties(), resolvers);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    Object path = getErrorAttributes(request, ErrorAttributeOptions.defaults()).get("path");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail(status, path));
    problem.put("instance", path);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String detail(HttpStatus status, Object path) {
    return switch (status) {
      case NOT_FOUND -> "Nothing is at " + path + ". The API is described at /v3/api-docs.";
      case METHOD_NOT_ALLOWED -> path + " does not take this method.";
      case BAD_REQUEST -> "The request was malformed and was not processed.";
      default -> status.getReasonPhrase();
    };
  }
}
