-- An alert's words for the pages: a message key of the bundles and its tagged arguments
-- (alerts.AlertWording), so that each reader sees it in their language. Alerts raised before
-- this version have none and show their English message.
alter table alerts.alert add column message_key text;
alter table alerts.alert add column message_args text[];
alter table alerts.alert add constraint alert_wording_whole
    check ((message_key is null) = (message_args is null));
