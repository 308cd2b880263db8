-- The JSON kept as CLOB text since V3/V4 becomes H2's JSON type, which Hibernate maps with
-- @JdbcTypeCode(SqlTypes.JSON) (PostgreSQL creates these columns as jsonb from the start, so it has no V12_1).
-- "text FORMAT JSON" parses the stored text; a plain type change would wrap it as one JSON string instead.
-- Each column is copied into a new one, so existing rows keep their data.
ALTER TABLE programme ADD COLUMN body_json JSON;
UPDATE programme SET body_json = body FORMAT JSON;
ALTER TABLE programme ALTER COLUMN body_json SET NOT NULL;
ALTER TABLE programme DROP COLUMN body;
ALTER TABLE programme ALTER COLUMN body_json RENAME TO body;

ALTER TABLE training_session ADD COLUMN exercises_json JSON;
ALTER TABLE training_session ADD COLUMN prescribed_json JSON;
ALTER TABLE training_session ADD COLUMN decisions_json JSON;
UPDATE training_session SET exercises_json = exercises FORMAT JSON, prescribed_json = prescribed FORMAT JSON,
    decisions_json = decisions FORMAT JSON;
ALTER TABLE training_session ALTER COLUMN exercises_json SET NOT NULL;
ALTER TABLE training_session ALTER COLUMN prescribed_json SET NOT NULL;
ALTER TABLE training_session ALTER COLUMN decisions_json SET NOT NULL;
ALTER TABLE training_session DROP COLUMN exercises;
ALTER TABLE training_session DROP COLUMN prescribed;
ALTER TABLE training_session DROP COLUMN decisions;
ALTER TABLE training_session ALTER COLUMN exercises_json RENAME TO exercises;
ALTER TABLE training_session ALTER COLUMN prescribed_json RENAME TO prescribed;
ALTER TABLE training_session ALTER COLUMN decisions_json RENAME TO decisions;
