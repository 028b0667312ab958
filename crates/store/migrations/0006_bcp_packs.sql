-- The grab pack kept current: after each change to a plan (settled for a few seconds)
-- a background job renders the pack and the plan's PDF once and keeps them here, with
-- the plan's content stamp they were made from; downloads serve them while the stamp is
-- unchanged. Who last took which pack, per person, for the crisis team's overview.

CREATE TABLE bcp_packs (
    org_id TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    -- bcp_plans.updated_at when the plan was read for this pack.
    plan_stamp BIGINT NOT NULL,
    -- SHA-256 of the plan's exchange document, as the audit log records downloads.
    fingerprint TEXT NOT NULL,
    lang TEXT NOT NULL,
    plan_version TEXT NOT NULL,
    plan_status TEXT NOT NULL,
    pack {blob} NOT NULL,
    pack_name TEXT NOT NULL,
    pack_sha256 TEXT NOT NULL,
    pdf {blob} NOT NULL,
    pdf_name TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    built_at BIGINT NOT NULL
);

CREATE TABLE bcp_pack_downloads (
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    pack_sha256 TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);

-- Finding a waiting job of a kind (to move it rather than queue another).
CREATE INDEX jobs_waiting_kind ON jobs (kind, payload) WHERE done_at IS NULL AND failed_at IS NULL;
