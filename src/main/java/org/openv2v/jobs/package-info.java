/**
 * Background work that survives a restart and runs once per cluster, on db-scheduler over
 * PostgreSQL. Three ways in: {@code JobRuns}, the one registry of runs people start and follow
 * (simulations, economic models, planning), whose state, progress and files every node reads, with
 * the module's {@code RunWork} for the kind; {@code CoalescedJobs}, where a burst of requests from
 * any node becomes one run (the forecast refresh); and any db-scheduler {@code Task} bean of a
 * module (recurring ones are scheduled at start), scheduled through the {@code SchedulerClient}.
 */
@ApplicationModule(allowedDependencies = {})
package org.openv2v.jobs;

import org.springframework.modulith.ApplicationModule;
