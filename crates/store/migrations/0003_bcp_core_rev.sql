-- A revision of each plan's activities, resources and links, changed by every write to
-- them: a process may keep those parts in memory while the revision stays the same.
ALTER TABLE bcp_plans ADD COLUMN core_rev TEXT NOT NULL DEFAULT '';
