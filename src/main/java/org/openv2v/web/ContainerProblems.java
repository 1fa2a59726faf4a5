package org.openv2v.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import lombok.RequiredArgsConstructor;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the servlet container raises itself, before any filter or controller runs (a header or
 * query too large, {@code %2F} or {@code %00} in a path, a malformed request line), are written by
 * Tomcat's error report valve as an HTML page. This replaces that valve with one that writes the
 * same RFC 9457 problem document as every other API error.
 */
@Component
@RequiredArgsConstructor
class ContainerProblems
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  private final JsonMapper json;

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          var pipeline = context.getParent().getPipeline();
          for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
              pipeline.removeValve(valve);
            }
          }
          pipeline.addValve(new ProblemReportValve(json));
          // Without this the host adds a plain valve of its own at start, with the full report.
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
          }
        });
  }

  /** After Spring Boot's own customizer, which adds the plain valve this one replaces. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  static final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
      this.json = json;
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int code = response.getStatus();
      if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean(true);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      HttpStatus status = HttpStatus.resolve(code);
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              status == null ? HttpStatus.BAD_REQUEST : status, detail(code));
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = response.getOutputStream();
        out.write(json.writeValueAsBytes(problem));
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // The client has gone or the response cannot be written: nothing more to say.
      }
    }

    private static String detail(int code) {
      return switch (code) {
        case 400 ->
            "The request was malformed and was not processed (an encoded / or NUL in the path,"
                + " a header or query too large, or a bad request line).";
        case 413 -> "The request is too large.";
        case 414 -> "The address is too long.";
        case 431 -> "The request's headers are too large.";
        default -> {
          HttpStatus status = HttpStatus.resolve(code);
          yield status == null ? "The request was not processed." : status.getReasonPhrase();
        }
      };
    }
  }
}
