-- Issue 12: a stop is sticky. The assessment after a safety stop records who cleared the person and when, and which
-- stopped assessment that clearance answers; without a clearance it stops again (awaiting_clearance).
ALTER TABLE assessment ADD COLUMN cleared_by VARCHAR(100);
ALTER TABLE assessment ADD COLUMN cleared_on DATE;
ALTER TABLE assessment ADD COLUMN clears_assessment_id BIGINT;
ALTER TABLE assessment ADD COLUMN awaiting_clearance BOOLEAN DEFAULT FALSE NOT NULL;
