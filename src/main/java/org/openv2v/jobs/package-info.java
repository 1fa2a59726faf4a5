/**
 * Background jobs that survive a restart and run once per cluster: db-scheduler over one PostgreSQL
 * table. A module adds a job by declaring a db-scheduler {@code Task} bean and schedules instances
 * through the {@code SchedulerClient} bean; nothing else is needed from this module.
 */
@ApplicationModule(allowedDependencies = {})
package org.openv2v.jobs;

import org.springframework.modulith.ApplicationModule;
