package org.openv2v.worklist;

/** Where a task goes on the home: what to do today, what is late, what others must do. */
public enum TaskBucket {
  OVERDUE,
  DUE_TODAY,
  WAITING_ON_OTHERS
}
