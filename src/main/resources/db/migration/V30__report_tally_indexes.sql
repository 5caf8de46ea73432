-- The report's grouped counts over every year (report.NominationTally.counts and award.AwardFigures.tally; the page
-- always reads every year for its trend): indexes in the grouping's order holding only the grouped and filtered
-- columns. A province's 100k nominations fall into about 1,500 groups, so these keys repeat and PostgreSQL (13+)
-- stores each once with its row pointers (B-tree deduplication): the count reads a small index in order and groups
-- as it goes, instead of a sequential scan and a hash of every row (63 + 35 ms of execution at 100k / 81k rows,
-- BENCHMARKS.md "Fourth round"). V15's index of nominations also held id and created_at (for the steps' former
-- window, V29), which made every key unique: nothing could be stored once, and PostgreSQL preferred reading the
-- table. V15's index of awards lacked annulment_number, which the count filters on.
DROP INDEX nomination_report;
CREATE INDEX nomination_tally ON nomination (year, unit_code, award_kind_code, nominee_kind, status, movement_code);
-- annulment_number: the count leaves annulled lines out; with it in the index, no row is read.
DROP INDEX award_report;
CREATE INDEX award_tally ON award (year, unit_code, award_kind_code, nominee_kind, movement_code, annulment_number, reward_amount);
