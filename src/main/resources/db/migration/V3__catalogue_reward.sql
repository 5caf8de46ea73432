-- Issue 3: the catalogue's council level, central decision and merit flags, earlier deciding authorities,
-- and the reward money stored with each award. Portable SQL (H2 and PostgreSQL).

ALTER TABLE award_kind ADD COLUMN council_level VARCHAR(20);
ALTER TABLE award_kind ADD COLUMN central_decision BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE award_kind ADD COLUMN merit BOOLEAN DEFAULT TRUE NOT NULL;

-- Who decided a kind before its current authority (e.g. the district chairman until 30 June 2025).
CREATE TABLE award_kind_authority (
    award_kind_code VARCHAR(40)  NOT NULL REFERENCES award_kind (code),
    valid_from      DATE,
    valid_to        DATE         NOT NULL,
    deciding_level  VARCHAR(20)  NOT NULL,
    decided_by      VARCHAR(200) NOT NULL,
    council_level   VARCHAR(20),
    PRIMARY KEY (award_kind_code, valid_to)
);

-- Reward money (tiền thưởng) = coefficient × base salary in force on the decision date, rounded up
-- (processes/rewardAmount.dmn, seeds/base-salary.yaml); kept as computed then, so later changes to the
-- table or the salary do not rewrite what was paid.
ALTER TABLE award ADD COLUMN reward_coefficient DECIMAL(6, 3);
ALTER TABLE award ADD COLUMN base_salary BIGINT;
ALTER TABLE award ADD COLUMN reward_amount BIGINT;
