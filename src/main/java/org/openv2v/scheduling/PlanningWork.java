package org.openv2v.scheduling;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.openv2v.jobs.JobRun;
import org.openv2v.jobs.RunProgress;
import org.openv2v.jobs.RunResult;
import org.openv2v.jobs.RunWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Planning runs as background runs of the jobs module: one node solves, every node shows it. The
 * plan itself is stored in the scheduling tables, where coordinators accept or reject it.
 */
@Component
@RequiredArgsConstructor
class PlanningWork implements RunWork {

  static final String KIND = "planning";

  /** The stored request: the solver's time limit and the longest wait the plan aims at. */
  record Parameters(int seconds, int maxWait) {}

  private final ObjectProvider<Planning> planning;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public RunResult perform(JobRun run, RunProgress progress) {
    Parameters p = run.parameters(Parameters.class);
    planning.getObject().solve(run.id(), p.seconds(), p.maxWait(), progress);
    return RunResult.of(Map.of("planningRun", run.id().toString()));
  }

  @Override
  public void failed(JobRun run, String error) {
    planning.getObject().failed(run.id(), error);
  }
}
