package org.openv2v.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.openv2v.shared.Refusal;

/**
 * Random sequences of attempts against one case with a fixed clock. An attempt either names any
 * event, or (to get deep into the journey) one the expected table allows from the current state.
 */
class JourneyPropertiesTests {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant REFERRED_AT = NOW.minus(Duration.ofDays(1000));
  private static final List<String> REASONS =
      List.of(
          "",
          "  ",
          "DEATH",
          "PROGRESSION",
          "INELIGIBLE",
          "PATIENT_CHOICE",
          "PAYER_REFUSAL",
          "FOLLOW_UP_COMPLETED",
          "LOST_TO_FOLLOW_UP",
          "CONSENT_WITHDRAWN",
          "death",
          "BORED");

  /**
   * What to try: an event (or one allowed now), a reason, and when: minutes after the last event,
   * or seconds around now (to probe the five minutes of clock tolerance).
   */
  record Attempt(
      boolean steered,
      CaseEventType type,
      int pick,
      boolean fittingReason,
      Optional<String> reason,
      long minutesAfterLast,
      boolean nearNow,
      long secondsFromNow) {}

  @Provide
  Arbitrary<List<Attempt>> sequences() {
    return attempts().list().ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform());
  }

  private Arbitrary<Attempt> attempts() {
    Arbitrary<Long> minutes =
        Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.longs().between(0, 3 * 24 * 60)),
            Tuple.of(9, Arbitraries.longs().between(-3 * 24 * 60, -1)),
            Tuple.of(1, Arbitraries.longs().between(20 * 24 * 60, 200 * 24 * 60)));
    return Combinators.combine(
            chance(7, 3),
            Arbitraries.of(CaseEventType.class),
            Arbitraries.integers().between(0, 1000),
            chance(8, 2),
            Arbitraries.of(REASONS).optional(0.8),
            minutes,
            chance(1, 39),
            Arbitraries.longs().between(-600, 600))
        .as(Attempt::new);
  }

  private static Arbitrary<Boolean> chance(int yes, int no) {
    return Arbitraries.frequency(Tuple.of(yes, true), Tuple.of(no, false));
  }

  // Edge cases (empty lists, extreme steps) would crowd out the long walks that reach the end
  // states.
  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void should_keep_every_accepted_event_in_order_and_leave_refusals_without_trace(
      @ForAll("sequences") List<Attempt> attempts) {
    Case aCase =
        Case.refer(UUID.randomUUID(), UUID.randomUUID(), REFERRED_AT, NOW, "tester", "KR-SNUH");
    List<UUID> accepted = new ArrayList<>();

    for (Attempt attempt : attempts) {
      CaseState before = aCase.state();
      List<CaseEvent> historyBefore = aCase.history();
      Instant lastAt = historyBefore.get(historyBefore.size() - 1).occurredAt();
      NewEvent request = requestFor(attempt, before, lastAt);
      Set<Refusal.Kind> expectedRefusals = expectedRefusals(before, request, lastAt);

      Refusal refusal = null;
      try {
        CaseEvent recorded = aCase.record(request, "tester", NOW);
        accepted.add(recorded.eventId());
        require(
            recorded.eventId().equals(request.eventId()), "recorded %s under another id", request);
        require(
            recorded.to() == ExpectedJourney.next(before, request.type()).orElse(null),
            "%s in %s led to %s",
            request,
            before,
            recorded.to());
      } catch (Refusal r) {
        refusal = r;
      } catch (Throwable other) {
        fail(
            "Expected a Refusal or success for " + request + " in " + before + ", got " + other,
            other);
      }

      // (a) the state is always defined and is the last event's outcome
      List<CaseEvent> history = aCase.history();
      CaseState after = aCase.state();
      require(
          after != null && after == history.get(history.size() - 1).to(),
          "state %s is not the last event's outcome in %s",
          after,
          history);
      // the model: accepted exactly when no rule is broken, refused for one of the broken rules
      if (expectedRefusals.isEmpty()) {
        require(
            refusal == null,
            "%s in %s should be accepted, was refused: %s",
            request,
            before,
            refusal);
      } else {
        require(
            refusal != null, "%s in %s should be refused (%s)", request, before, expectedRefusals);
        require(
            expectedRefusals.contains(refusal.kind()),
            "%s in %s refused as %s, expected one of %s",
            request,
            before,
            refusal.kind(),
            expectedRefusals);
        // (c) a refusal changes nothing
        require(
            after == before && history.equals(historyBefore),
            "refused %s changed the case from %s %s to %s %s",
            request,
            before,
            historyBefore,
            after,
            history);
      }
      // (e) an ended case refuses everything
      if (before == CaseState.CLOSED || before == CaseState.WITHDRAWN) {
        require(refusal != null, "ended case (%s) accepted %s", before, request);
      }
    }

    // (b) no event lost: the referral, then every accepted event in order
    List<CaseEvent> history = aCase.history();
    assertThat(history).hasSize(1 + accepted.size());
    assertThat(history.subList(1, history.size()))
        .extracting(CaseEvent::eventId)
        .containsExactlyElementsOf(accepted);
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).sequence()).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(history.get(i).from()).contains(history.get(i - 1).to());
        assertThat(history.get(i).occurredAt()).isAfterOrEqualTo(history.get(i - 1).occurredAt());
      }
    }
  }

  /** A plain check: this loop runs some 30,000 times per property, and fails rarely. */
  private static void require(boolean holds, String message, Object... args) {
    if (!holds) {
      throw new AssertionError(message.formatted(args));
    }
  }

  private static NewEvent requestFor(Attempt attempt, CaseState state, Instant lastAt) {
    CaseEventType type = attempt.type();
    if (attempt.steered()) {
      // mostly forward along the journey, now and then a withdrawal
      List<CaseEventType> allowed = new ArrayList<>(ExpectedJourney.allowedFrom(state));
      List<CaseEventType> forward =
          allowed.stream().filter(e -> e != CaseEventType.WITHDRAWN).toList();
      if (!forward.isEmpty() && attempt.pick() % 25 != 0) {
        type = forward.get(attempt.pick() % forward.size());
      } else if (!allowed.isEmpty()) {
        type = allowed.get(attempt.pick() % allowed.size());
      }
    }
    Optional<String> reason =
        attempt.fittingReason() ? ExpectedJourney.fittingReason(type) : attempt.reason();
    Instant at =
        attempt.nearNow()
            ? NOW.plusSeconds(attempt.secondsFromNow())
            : lastAt.plus(Duration.ofMinutes(attempt.minutesAfterLast()));
    at = at.plusNanos(attempt.pick() * 1_001L);
    return new NewEvent(UUID.randomUUID(), type, at, "KR-SNUH", Optional.empty(), reason);
  }

  /** Every kind of refusal the rules call for; empty when the attempt must be accepted. */
  private static Set<Refusal.Kind> expectedRefusals(
      CaseState state, NewEvent request, Instant lastAt) {
    Set<Refusal.Kind> kinds = EnumSet.noneOf(Refusal.Kind.class);
    if (ExpectedJourney.next(state, request.type()).isEmpty()) {
      kinds.add(Refusal.Kind.CONFLICT);
    }
    if (!ExpectedJourney.reasonFits(request.type(), request.reason())) {
      kinds.add(Refusal.Kind.INVALID);
    }
    if (request.occurredAt().isAfter(NOW.plus(Duration.ofMinutes(5)))
        || request.occurredAt().isBefore(lastAt)) {
      kinds.add(Refusal.Kind.UNPROCESSABLE);
    }
    return kinds;
  }
}
