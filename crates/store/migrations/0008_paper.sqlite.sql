-- SQLite cannot alter a check constraint. Widening one changes nothing on disk, so the
-- documented way (sqlite.org/lang_altertable.html, "other kinds of table schema
-- changes") applies: edit the stored CREATE TABLE text, then raise schema_version, which
-- the migration runner does at the marker below before the rest runs.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
    SET sql = replace(sql, '''supplier'', ''location''))', '''supplier'', ''location'', ''paper''))')
    WHERE type = 'table' AND name = 'bcp_resources';
PRAGMA writable_schema = OFF;
-- weerbaar: raise schema_version
UPDATE bcp_resources SET kind = 'paper'
    WHERE kind = 'data' AND template_key IN ('emergency-folder', 'paper-registers', 'contact-lists', 'medication-printouts');
