-- Indexes for a province's scale (issue 6; plans in BENCHMARKS.md). Portable: H2 and PostgreSQL.

-- Eligibility reads a nominee's awards over the last years (AwardRegistry.awardsOf): by identity number,
-- else by the name folded without case and diacritics (filled in Java, see V6_1__FoldAwardNames).
ALTER TABLE award ADD COLUMN nominee_name_folded VARCHAR(300);
CREATE INDEX award_nominee_id_year ON award (nominee_id_number, year);
CREATE INDEX award_nominee_folded_year ON award (nominee_name_folded, year);
