package org.openv2v.scheduling.domain.plan;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;

/**
 * A network-wide allocation of manufacturing slots and apheresis days to waiting cases: the
 * planner's problem and, once solved, its proposal.
 */
@PlanningSolution
public class Plan {

  @ProblemFactCollectionProperty private List<PlanSlot> slots;
  @ProblemFactProperty private ChairCalendar chairs;
  @ProblemFactProperty private PlanningPolicy policy;
  @PlanningEntityCollectionProperty private List<WaitingCase> cases;
  @PlanningScore private HardMediumSoftLongScore score;

  @ValueRangeProvider(id = "offsets")
  private CountableValueRange<Integer> offsets =
      ValueRangeFactory.createIntValueRange(0, WaitingCase.OFFSETS);

  /** For the solver's cloning only. */
  public Plan() {}

  public Plan(
      List<PlanSlot> slots, ChairCalendar chairs, PlanningPolicy policy, List<WaitingCase> cases) {
    this.slots = List.copyOf(slots);
    this.chairs = chairs;
    this.policy = policy;
    this.cases = new ArrayList<>(cases);
  }

  public List<PlanSlot> slots() {
    return slots;
  }

  public ChairCalendar chairs() {
    return chairs;
  }

  public PlanningPolicy policy() {
    return policy;
  }

  public List<WaitingCase> cases() {
    return cases;
  }

  public HardMediumSoftLongScore score() {
    return score;
  }
}
