package org.openv2v.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planning run's self-contained HTML report (simulator or economic model), made fit to sit inside
 * a page: its own {@code <html>/<head>} wrapper dropped, its style scoped to a {@code .report}
 * container so that it does not restyle the page, and its headings one level down under the page's
 * {@code <h1>}. Framing is not an option: the platform's pages forbid being framed (frame-ancestors
 * 'none').
 */
public record EmbeddedReport(String html) {

  private static final Pattern STYLE = Pattern.compile("(?s)<style>(.*?)</style>");
  private static final Pattern BODY = Pattern.compile("(?s)<body[^>]*>(.*?)(</body>|$)");

  public static EmbeddedReport of(String page) {
    String style = first(STYLE, page).orElse("");
    String body = first(BODY, page).orElse(page);
    return new EmbeddedReport(
        "<style>"
            + scope(demoteSelectors(style))
            + ".report{margin:0;max-width:none;padding:0}</style>"
            + demote(body));
  }

  /** The first inline SVG after the report's heading that starts with {@code heading}. */
  public static Optional<String> plotUnder(String page, String heading) {
    return first(
        Pattern.compile("(?s)<h2>" + Pattern.quote(heading) + "[^<]*</h2>\\s*(<svg.*?</svg>)"),
        page);
  }

  private static Optional<String> first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** h2 to h3, then h1 to h2. */
  static String demote(String html) {
    return html.replaceAll("(</?)h2\\b", "$1h3").replaceAll("(</?)h1\\b", "$1h2");
  }

  /** The same demotion in a style sheet's selectors. */
  static String demoteSelectors(String css) {
    return css.replaceAll("(^|[},\\s])h2(?=[{,:.\\s])", "$1h3")
        .replaceAll("(^|[},\\s])h1(?=[{,:.\\s])", "$1h2");
  }

  /** Every selector under {@code .report}; {@code body} becomes the container itself. */
  static String scope(String css) {
    List<String> rules = new ArrayList<>();
    for (String rule : css.split("}")) {
      int open = rule.indexOf('{');
      if (open < 0) {
        continue;
      }
      List<String> selectors = new ArrayList<>();
      for (String selector : rule.substring(0, open).split(",")) {
        String s = selector.strip();
        selectors.add(s.equals("body") || s.equals("html") ? ".report" : ".report " + s);
      }
      rules.add(String.join(",", selectors) + rule.substring(open) + "}");
    }
    return String.join("", rules);
  }
}
