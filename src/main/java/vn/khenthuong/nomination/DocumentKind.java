package vn.khenthuong.nomination;

/** Documents of a dossier: tờ trình, báo cáo thành tích, biên bản họp hội đồng, công nhận sáng kiến, xác nhận, bản chụp, khác. */
public enum DocumentKind { PROPOSAL_LETTER, ACHIEVEMENT_REPORT, COUNCIL_MINUTES, INITIATIVE_RECOGNITION, CONFIRMATION, SCAN, OTHER }
