-- Who last set a person's check-in interval, and when: a trainer's change is shown to the client as theirs.
ALTER TABLE reassessment_schedule ADD COLUMN interval_set_by BIGINT NULL REFERENCES account (id);
ALTER TABLE reassessment_schedule ADD COLUMN interval_set_by_name VARCHAR(80) NULL;
ALTER TABLE reassessment_schedule ADD COLUMN interval_set_by_trainer BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE reassessment_schedule ADD COLUMN interval_set_at TIMESTAMP WITH TIME ZONE NULL;
