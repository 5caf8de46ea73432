/**
 * The rules catalogue (căn cứ pháp lý): every rule row of the deployed DMN tables and every seeded legal value
 * (award kinds and their authorities, base salary, deadlines, holidays) with its value, legal basis, status
 * ({@link vn.khenthuong.rules.RuleStatus}: confirmed, unconfirmed, or missing) and effective dates, for
 * administrators and auditors ({@code GET /api/rules}, {@code /can-cu.html}). Start-up logs how many are unconfirmed.
 * <p>
 * A DMN rule row carries its basis in its description, in the one format {@link vn.khenthuong.rules.RuleBasis} reads:
 * {@code Căn cứ: … | Trạng thái: confirmed|unconfirmed | Hiệu lực: từ … đến … | Ghi chú: …}; a seed entry carries
 * {@code basis} and {@code status} fields (docs/can-cu-phap-ly.md). Owns no table and no file: the DMN comes through
 * {@link vn.khenthuong.rules.DecisionSources} (implemented by the engine adapter, latest deployed version), the seeds
 * through {@code catalog.Seeds}. Offers {@link vn.khenthuong.rules.RulesCatalogue} and {@link vn.khenthuong.rules.LegalRule}.
 */
package vn.khenthuong.rules;
