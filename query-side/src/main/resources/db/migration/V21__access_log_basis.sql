-- Why a reader was allowed to read: coordinator of the trajectory, audit by a privacy officer, or for a
-- copy the consents (id@version) that allowed what it showed. Older entries have none.
ALTER TABLE access_log ADD COLUMN basis VARCHAR(4000);
