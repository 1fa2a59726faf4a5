-- Planning runs now run as background runs of the jobs registry (V145), which revives or fails a
-- run whose node died. Runs left RUNNING by the in-memory runner before this version have no job
-- and would never finish: they were cut off by a stop.
update scheduling.planning_run
   set status = 'FAILED', finished_at = now(),
       error = 'interrupted: the platform stopped during the run'
 where status = 'RUNNING';
