-- The survey engine (issue 10): questionnaires per year and audience, paper
-- forms entered as responses, indices computed from the answers.
--
-- survey: one per (year, audience); status draft -> open -> closed (and back
-- to open). Only its status and title change after creation.
-- survey_question: the questionnaire, fixed once written (append-only, added
-- only while the survey is a draft). ``code`` is stable across years (a copied
-- survey keeps it) so a number question is compared with last year's.
-- Likert statements carry an importance weight 1..5; number questions a unit.
-- survey_response: one paper form, dated; never deleted, voided with a reason.
-- A closed day is closed here too (insert refused, only a void dated in an
-- open day may touch a closed day's form).
-- survey_answer: one value per question of the response's survey (NULL when
-- the person skipped it); append-only; likert 1..5, numbers >= 0.

CREATE TABLE survey (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    audience    TEXT NOT NULL CHECK (audience IN ('parkir', 'pembeli', 'pedagang', 'pengelola')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
    copy_of     INTEGER REFERENCES survey(id),
    created_by  INTEGER NOT NULL REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    UNIQUE (year, audience)
);

CREATE TRIGGER survey_fixed BEFORE UPDATE ON survey
WHEN NEW.year IS NOT OLD.year OR NEW.audience IS NOT OLD.audience
  OR NEW.copy_of IS NOT OLD.copy_of
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:survey'); END;
CREATE TRIGGER survey_no_delete BEFORE DELETE ON survey
BEGIN SELECT RAISE(ABORT, 'append_only:survey'); END;

CREATE TABLE survey_question (
    id         INTEGER PRIMARY KEY,
    survey_id  INTEGER NOT NULL REFERENCES survey(id),
    position   INTEGER NOT NULL CHECK (position > 0),
    code       TEXT NOT NULL CHECK (length(trim(code)) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('likert', 'number')),
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    weight     INTEGER,
    unit       TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'likert' AND weight BETWEEN 1 AND 5 AND unit = '')
           OR (kind = 'number' AND weight IS NULL)),
    UNIQUE (survey_id, position),
    UNIQUE (survey_id, code)
);

CREATE TRIGGER survey_question_draft_only BEFORE INSERT ON survey_question
WHEN (SELECT status FROM survey WHERE id = NEW.survey_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'append_only:survey_question'); END;
CREATE TRIGGER survey_question_no_update BEFORE UPDATE ON survey_question
BEGIN SELECT RAISE(ABORT, 'append_only:survey_question'); END;
CREATE TRIGGER survey_question_no_delete BEFORE DELETE ON survey_question
BEGIN SELECT RAISE(ABORT, 'append_only:survey_question'); END;

CREATE TABLE survey_response (
    id             INTEGER PRIMARY KEY,
    survey_id      INTEGER NOT NULL REFERENCES survey(id),
    response_date  TEXT NOT NULL,
    respondent     TEXT NOT NULL DEFAULT '',
    created_by     INTEGER NOT NULL REFERENCES app_user(id),
    created_at     TEXT NOT NULL,
    voided_on      TEXT,
    void_reason    TEXT,
    voided_by      INTEGER REFERENCES app_user(id),
    CHECK ((voided_on IS NULL) = (voided_by IS NULL)),
    CHECK (voided_on IS NULL OR length(trim(void_reason)) > 0),
    CHECK (voided_on IS NULL OR voided_on >= response_date),
    CHECK (date(response_date, '+0 days') IS response_date),
    CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on)
);
CREATE INDEX survey_response_survey ON survey_response (survey_id, id);

CREATE TRIGGER survey_response_open_only BEFORE INSERT ON survey_response
WHEN (SELECT status FROM survey WHERE id = NEW.survey_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'survey_not_open'); END;
-- Only a void may change a response, once.
CREATE TRIGGER survey_response_fixed BEFORE UPDATE ON survey_response
WHEN OLD.voided_on IS NOT NULL OR NEW.voided_on IS NULL
  OR NEW.survey_id IS NOT OLD.survey_id OR NEW.response_date IS NOT OLD.response_date
  OR NEW.respondent IS NOT OLD.respondent OR NEW.created_by IS NOT OLD.created_by
  OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'append_only:survey_response'); END;
CREATE TRIGGER survey_response_no_delete BEFORE DELETE ON survey_response
BEGIN SELECT RAISE(ABORT, 'append_only:survey_response'); END;
CREATE TRIGGER survey_response_closed_day_insert BEFORE INSERT ON survey_response
WHEN NEW.response_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER survey_response_closed_day_update BEFORE UPDATE ON survey_response
WHEN NEW.voided_on <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER survey_response_closed_day_delete BEFORE DELETE ON survey_response
WHEN OLD.response_date <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;

CREATE TABLE survey_answer (
    response_id  INTEGER NOT NULL REFERENCES survey_response(id),
    question_id  INTEGER NOT NULL REFERENCES survey_question(id),
    value        INTEGER CHECK (value IS NULL OR value >= 0),
    PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;
CREATE INDEX survey_answer_question ON survey_answer (question_id, value);

-- An answer belongs to a question of its response's survey, a likert answer
-- is 1..5, and a response's answers are written with it (its day still open).
CREATE TRIGGER survey_answer_valid BEFORE INSERT ON survey_answer
WHEN NOT EXISTS (SELECT 1 FROM survey_question q JOIN survey_response r
                   ON r.survey_id = q.survey_id
                 WHERE q.id = NEW.question_id AND r.id = NEW.response_id)
  OR (NEW.value IS NOT NULL AND (SELECT kind FROM survey_question WHERE id = NEW.question_id)
      = 'likert' AND NEW.value NOT BETWEEN 1 AND 5)
BEGIN SELECT RAISE(ABORT, 'survey_answer_invalid'); END;
CREATE TRIGGER survey_answer_closed_day_insert BEFORE INSERT ON survey_answer
WHEN (SELECT response_date FROM survey_response WHERE id = NEW.response_id)
     <= (SELECT day FROM lock_date)
BEGIN SELECT RAISE(ABORT, 'closed_day'); END;
CREATE TRIGGER survey_answer_no_update BEFORE UPDATE ON survey_answer
BEGIN SELECT RAISE(ABORT, 'append_only:survey_answer'); END;
CREATE TRIGGER survey_answer_no_delete BEFORE DELETE ON survey_answer
BEGIN SELECT RAISE(ABORT, 'append_only:survey_answer'); END;
