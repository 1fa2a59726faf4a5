-- The users module: every change an administrator makes to an account, for the auditor.
-- Who, when, which account, what was done and what changed (never a password or its hash).
create schema users;

create table users.account_change (
    id          bigserial primary key,
    changed_at  timestamptz not null,
    changed_by  text not null,
    username    text not null,
    action      text not null check (action in ('CREATED', 'CHANGED', 'DISABLED', 'ENABLED', 'PASSWORD_RESET')),
    details     jsonb not null
);

create index account_change_username on users.account_change (username, id);
