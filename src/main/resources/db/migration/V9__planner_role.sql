-- Health-system planners and payers run the simulator and the economic model; they see no patients.
alter table security.app_user drop constraint app_user_role_check;
alter table security.app_user add constraint app_user_role_check
    check (role in ('COORDINATOR', 'PHYSICIAN', 'NURSE', 'MANUFACTURER', 'COURIER', 'AUDITOR', 'ADMIN', 'PLANNER'));
