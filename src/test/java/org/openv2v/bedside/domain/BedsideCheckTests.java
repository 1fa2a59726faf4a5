package org.openv2v.bedside.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BedsideCheckTests {

  static final String CASE_DIN = "A999926000001";
  static final String OTHER_DIN = "A999926000002";
  static final Instant THAWED = Instant.parse("2026-11-24T01:00:00Z");

  /** Everything right: product bag 1 of this case, released, received, thawed 20 min ago. */
  static BedsideFacts good() {
    return new BedsideFacts(
        CASE_DIN,
        Optional.of(CASE_DIN),
        new BagScan(Optional.of(CASE_DIN), Optional.of(1)),
        true,
        true,
        Optional.of(THAWED),
        Optional.of(Duration.ofMinutes(30)),
        THAWED.plus(Duration.ofMinutes(20)),
        "nurse",
        Optional.of("physician"));
  }

  @Test
  void should_match_when_everything_agrees() {
    assertThat(BedsideCheck.check(good())).isEqualTo(new Verification(Verdict.MATCH, List.of()));
  }

  static Stream<Arguments> mismatches() {
    return Stream.of(
        row(
            "wrong patient",
            f ->
                with(
                    f,
                    Optional.of(OTHER_DIN),
                    f.bag(),
                    f.released(),
                    f.receivedAtSite(),
                    f.thawedAt(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.WRONG_PATIENT),
        row(
            "unreadable wristband",
            f ->
                with(
                    f,
                    Optional.empty(),
                    f.bag(),
                    true,
                    true,
                    f.thawedAt(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.WRISTBAND_UNREADABLE),
        row(
            "bag of another case",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    new BagScan(Optional.of(OTHER_DIN), Optional.of(1)),
                    true,
                    true,
                    f.thawedAt(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.WRONG_CASE),
        row(
            "apheresis bag instead of product",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    new BagScan(Optional.of(CASE_DIN), Optional.empty()),
                    true,
                    true,
                    f.thawedAt(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.NOT_A_PRODUCT_BAG),
        row(
            "unreadable bag",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    BagScan.unreadable(),
                    true,
                    true,
                    f.thawedAt(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.BAG_UNREADABLE),
        row(
            "not released",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    f.bag(),
                    false,
                    true,
                    f.thawedAt(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.NOT_RELEASED),
        row(
            "not yet received",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    f.bag(),
                    true,
                    false,
                    f.thawedAt(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.NOT_RECEIVED_AT_SITE),
        row(
            "not thawed",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    f.bag(),
                    true,
                    true,
                    Optional.empty(),
                    f.now(),
                    f.secondVerifier()),
            MismatchReason.NOT_THAWED),
        // Kymriah: thaw complete 10:00, infuse by 10:30, alert at 10:31 (clinical-rules §7.2)
        row(
            "thaw limit passed",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    f.bag(),
                    true,
                    true,
                    f.thawedAt(),
                    THAWED.plus(Duration.ofMinutes(31)),
                    f.secondVerifier()),
            MismatchReason.THAW_LIMIT_PASSED),
        row(
            "same person twice",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    f.bag(),
                    true,
                    true,
                    f.thawedAt(),
                    f.now(),
                    Optional.of("nurse")),
            MismatchReason.SAME_VERIFIER),
        row(
            "second verifier not confirmed",
            f ->
                with(
                    f,
                    f.wristbandDin(),
                    f.bag(),
                    true,
                    true,
                    f.thawedAt(),
                    f.now(),
                    Optional.empty()),
            MismatchReason.SECOND_VERIFIER_NOT_CONFIRMED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mismatches")
  void should_refuse_with_the_reason(
      String name, UnaryOperator<BedsideFacts> change, MismatchReason reason) {
    Verification verification = BedsideCheck.check(change.apply(good()));
    assertThat(verification.result()).isEqualTo(Verdict.MISMATCH);
    assertThat(verification.reasons()).containsExactly(reason);
  }

  @Test
  void should_accept_infusion_exactly_at_the_thaw_limit() {
    BedsideFacts atLimit =
        with(
            good(),
            good().wristbandDin(),
            good().bag(),
            true,
            true,
            good().thawedAt(),
            THAWED.plus(Duration.ofMinutes(30)),
            good().secondVerifier());
    assertThat(BedsideCheck.check(atLimit).result()).isEqualTo(Verdict.MATCH);
  }

  @Test
  void should_report_every_reason_at_once() {
    BedsideFacts bad =
        with(
            good(),
            Optional.of(OTHER_DIN),
            good().bag(),
            false,
            false,
            Optional.empty(),
            good().now(),
            Optional.of("nurse"));
    assertThat(BedsideCheck.check(bad).reasons())
        .containsExactly(
            MismatchReason.WRONG_PATIENT,
            MismatchReason.NOT_RELEASED,
            MismatchReason.NOT_RECEIVED_AT_SITE,
            MismatchReason.NOT_THAWED,
            MismatchReason.SAME_VERIFIER);
  }

  private static Arguments row(
      String name, UnaryOperator<BedsideFacts> change, MismatchReason reason) {
    return Arguments.of(name, change, reason);
  }

  private static BedsideFacts with(
      BedsideFacts f,
      Optional<String> wristband,
      BagScan bag,
      boolean released,
      boolean received,
      Optional<Instant> thawed,
      Instant now,
      Optional<String> second) {
    return new BedsideFacts(
        f.caseDin(),
        wristband,
        bag,
        released,
        received,
        thawed,
        f.thawLimit(),
        now,
        f.firstVerifier(),
        second);
  }
}
