-- The pact (giao ước thi đua) of an emulation block's year: its indicators, how each is scored, and the plan
-- target of every member for every indicator. Owned by the feature emulation, with emulation_block(_member).

-- The day the block's composition holds from (NULL: 1 January of its year) and the total the weights must reach
-- (NULL: no pact defined yet).
ALTER TABLE emulation_block ADD COLUMN effective_from DATE;
ALTER TABLE emulation_block ADD COLUMN total_weight DECIMAL(9, 2);

CREATE TABLE emulation_pact_indicator (
    block_code      VARCHAR(40)   NOT NULL,
    year            INTEGER       NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    sort_order      INTEGER       NOT NULL,
    name            VARCHAR(400)  NOT NULL,
    unit_of_measure VARCHAR(80)   NOT NULL,
    weight          DECIMAL(9, 2) NOT NULL,
    scoring         VARCHAR(30)   NOT NULL,
    -- PERCENT_OF_PLAN_CAPPED only: the share of the plan above which nothing more is counted (e.g. 120 %).
    cap_percent     DECIMAL(9, 2),
    bonus_points    DECIMAL(9, 2) NOT NULL DEFAULT 0,
    penalty_points  DECIMAL(9, 2) NOT NULL DEFAULT 0,
    -- The weight, cap and points are illustrative (minh hoạ), not taken from a source.
    minh_hoa        BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (block_code, year, code),
    FOREIGN KEY (block_code, year) REFERENCES emulation_block (code, year),
    CONSTRAINT emulation_pact_scoring CHECK (scoring IN ('PERCENT_OF_PLAN_CAPPED', 'LOWER_IS_BETTER', 'YES_NO')),
    CONSTRAINT emulation_pact_weight CHECK (weight > 0),
    CONSTRAINT emulation_pact_cap CHECK ((scoring = 'PERCENT_OF_PLAN_CAPPED') = (cap_percent IS NOT NULL)),
    CONSTRAINT emulation_pact_points CHECK (bonus_points >= 0 AND penalty_points >= 0)
);

CREATE TABLE emulation_pact_target (
    block_code     VARCHAR(40)    NOT NULL,
    year           INTEGER        NOT NULL,
    indicator_code VARCHAR(40)    NOT NULL,
    unit_code      VARCHAR(40)    NOT NULL,
    -- YES_NO: 1 (yes) or 0 (no).
    plan_value     DECIMAL(18, 4) NOT NULL,
    -- The value is illustrative (minh hoạ): the source does not give it.
    minh_hoa       BOOLEAN        NOT NULL DEFAULT FALSE,
    PRIMARY KEY (block_code, year, indicator_code, unit_code),
    FOREIGN KEY (block_code, year, indicator_code) REFERENCES emulation_pact_indicator (block_code, year, code),
    FOREIGN KEY (block_code, year, unit_code) REFERENCES emulation_block_member (block_code, year, unit_code)
);
