package org.openv2v.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An alert's words for the pages: a message key of the bundles and its arguments, each tagged with
 * what it is ({@code site:KR-SMC}, {@code date:2026-12-03}, {@code leg:TO_TREATMENT_CENTRE}) so
 * that the page puts it into the reader's language: the site's name, the date in the network's
 * zone, the leg in words. The alert's English {@code message} stays for the API and the logs.
 */
public record AlertWording(String key, List<String> arguments) {

  public AlertWording {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  public static AlertWording of(String key, String... arguments) {
    return new AlertWording(key, List.of(arguments));
  }

  /** Words shown as they are: identifiers such as a shipper or logger serial, a product code. */
  public static String text(Object value) {
    return "text:" + value;
  }

  public static String site(String siteId) {
    return "site:" + siteId;
  }

  public static String date(LocalDate day) {
    return "date:" + day;
  }

  public static String instant(Instant instant) {
    return "instant:" + instant;
  }

  /** A code put into words by the key {@code prefix + code}, such as {@code logistics.leg.}. */
  public static String code(String prefix, Object code) {
    return "code:" + prefix + code;
  }

  public static String number(long value) {
    return "number:" + value;
  }

  /** A duration, written in the reader's language in minutes and seconds or hours. */
  public static String seconds(long seconds) {
    return "seconds:" + seconds;
  }

  /** The case the alert is about, by its reference (the page knows it). */
  public static String caseReference() {
    return "case:";
  }
}
