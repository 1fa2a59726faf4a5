-- A case that ends (closed: death, follow-up completed, lost, consent withdrawn; or withdrawn) owes
-- no more follow-up: its open items stop counting as due or overdue. The day the case ended is kept
-- on each item so the schedule can say why an item was never done.
alter table safety.follow_up_item add column case_ended_on date;

update safety.follow_up_item item
   set case_ended_on = ended.day
  from (select e.case_id, max((e.occurred_at at time zone 'Asia/Seoul')::date) as day
          from cases.case_event e
          join cases.patient_case c on c.id = e.case_id
         where c.state in ('CLOSED', 'WITHDRAWN') and e.to_state in ('CLOSED', 'WITHDRAWN')
         group by e.case_id) ended
 where item.case_id = ended.case_id;
