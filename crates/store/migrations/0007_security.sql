-- Security review (issue 17).

-- API tokens get a scope: 'read' (GET only) or 'write'. Tokens made before scopes
-- existed could write, and keep that power so that scripts do not break.
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'write' CHECK (scope IN ('read', 'write'));

-- Toolkit files are kept in chunks of 256 KiB so that a download (or a video player's
-- range request) reads only the part it sends, one chunk at a time, instead of loading
-- a 100 MB video for `Range: bytes=0-0`. Rows rather than files on disk: they are in
-- the same transactions, backups and PostgreSQL replicas as everything else, and every
-- server process sees them.
CREATE TABLE cat_attachment_chunks (
    resource_id TEXT NOT NULL,
    name TEXT NOT NULL,
    seq BIGINT NOT NULL,
    data {blob} NOT NULL,
    PRIMARY KEY (resource_id, name, seq),
    FOREIGN KEY (resource_id, name) REFERENCES cat_attachments (resource_id, name) ON DELETE CASCADE
);
ALTER TABLE cat_attachments ADD COLUMN size BIGINT NOT NULL DEFAULT 0;
UPDATE cat_attachments SET size = LENGTH(data);
WITH RECURSIVE parts (resource_id, name, seq) AS (
    SELECT resource_id, name, 0 FROM cat_attachments WHERE LENGTH(data) > 0
    UNION ALL
    SELECT p.resource_id, p.name, p.seq + 1 FROM parts p
    JOIN cat_attachments a ON a.resource_id = p.resource_id AND a.name = p.name
    WHERE (p.seq + 1) * 262144 < LENGTH(a.data)
)
INSERT INTO cat_attachment_chunks (resource_id, name, seq, data)
SELECT p.resource_id, p.name, p.seq, substr(a.data, p.seq * 262144 + 1, 262144) FROM parts p
JOIN cat_attachments a ON a.resource_id = p.resource_id AND a.name = p.name;
-- The whole-file column stays (older backups restore into it, then this migration
-- splits them) but is emptied.
UPDATE cat_attachments SET data = substr(data, 1, 0) WHERE LENGTH(data) > 0;
