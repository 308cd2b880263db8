-- Why a slot's dose last changed, and which logged session decided it: Today shows the reason on the exercise's
-- card until the next session is logged.
ALTER TABLE current_prescription ADD COLUMN change_reason VARCHAR(600);
ALTER TABLE current_prescription ADD COLUMN changed_by_session BIGINT;
