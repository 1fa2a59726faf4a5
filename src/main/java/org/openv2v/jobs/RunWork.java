package org.openv2v.jobs;

/**
 * The work behind one kind of background run, declared as a bean by the module that owns it. The
 * registry calls {@link #perform} on whichever node db-scheduler picks, and again on another node
 * if that one dies mid-run, so the work must give the same result when repeated.
 */
public interface RunWork {

  /** The run's kind, as given to {@link JobRuns#submit}. */
  String kind();

  /** Does the work, reporting progress as it goes; throws when it cannot be done. */
  RunResult perform(JobRun run, RunProgress progress) throws Exception;

  /** Told when a run has failed for good, for a module that keeps its own record of the run. */
  default void failed(JobRun run, String error) {}

  /** How many runs of this kind may wait or run at once before a new one is refused. */
  default int maxWaiting() {
    return Integer.MAX_VALUE;
  }

  /** How many finished runs of this kind are kept; older ones are deleted with their files. */
  default int kept() {
    return Integer.MAX_VALUE;
  }
}
