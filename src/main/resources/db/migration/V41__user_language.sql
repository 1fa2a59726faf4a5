-- A user's chosen language for the web pages; null follows the browser's Accept-Language.
alter table security.app_user add column language text check (language in ('en', 'ko'));
