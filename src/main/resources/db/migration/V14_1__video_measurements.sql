-- How an answer measured with the video tool was measured: by hand or with the pose model's suggested points, and
-- each squat's value (the answer is their average). Only numbers: the video itself never reaches the server.
-- Belongs to its assessment, so exporting or erasing a person's assessments covers it through the cascade.
CREATE TABLE assessment_video_measurement (
    assessment_id BIGINT       NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    answer_key    VARCHAR(100) NOT NULL,
    method        VARCHAR(10)  NOT NULL,
    trials        VARCHAR(200) NOT NULL,
    answer_value  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (assessment_id, answer_key)
);

-- Sex moved from the about-you form into the content pack (input "sex"), so the FPPA rules can read it like any
-- other answer. Earlier assessments keep theirs.
INSERT INTO assessment_answer (assessment_id, answer_key, answer_value)
SELECT id, 'sex', CASE sex WHEN 'FEMALE' THEN 'female' WHEN 'MALE' THEN 'male' ELSE 'not-said' END
FROM assessment
WHERE sex IS NOT NULL;
