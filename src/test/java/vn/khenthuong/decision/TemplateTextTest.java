package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The template language an administrator writes, and how a document writes dates, places and money. */
class TemplateTextTest {

    static final Set<String> SECTIONS = Set.of("a", "b");
    static final Set<String> NAMES = Set.of("so", "can_cu");

    @Test
    void sectionsAndValuesAreReplacedAndNothingElseIsRead() {
        TemplateText t = TemplateText.parse("mau", "# ghi chú {khong_doc}\n[a]\nSố: {so}\n\n[b]\n{can_cu}\n", SECTIONS, NAMES);
        assertThat(t.lines("a", Map.of("so", "12/QĐ-UBND"))).containsExactly("Số: 12/QĐ-UBND");
        assertThat(t.lines("b", Map.of("can_cu", "Căn cứ 1;\nCăn cứ 2."))).containsExactly("Căn cứ 1;", "Căn cứ 2.");
        // A value is inserted as it is, never read again as a template.
        assertThat(t.lines("a", Map.of("so", "{can_cu} $1 \\"))).containsExactly("Số: {can_cu} $1 \\");
    }

    @Test
    void aBrokenTemplateIsRefusedWithItsLine() {
        assertThatThrownBy(() -> TemplateText.parse("mau", "[a]\n{ho_ten}\n[b]\n", SECTIONS, NAMES))
                .isInstanceOf(TemplateException.class).hasMessageContaining("dòng 2").hasMessageContaining("{ho_ten}");
        assertThatThrownBy(() -> TemplateText.parse("mau", "[a]\n[c]\n[b]\n", SECTIONS, NAMES)).hasMessageContaining("dòng 2").hasMessageContaining("[c]");
        assertThatThrownBy(() -> TemplateText.parse("mau", "[a]\nx\n", SECTIONS, NAMES)).hasMessageContaining("thiếu phần [b]");
        assertThatThrownBy(() -> TemplateText.parse("mau", "chữ\n[a]\n[b]\n", SECTIONS, NAMES)).hasMessageContaining("ngoài mọi phần");
    }

    @Test
    void datesPlacesAndMoneyAreWrittenAsAdministrativeDocumentsWriteThem() {
        // Nghị định 30/2020, Phụ lục I: a day below 10 and the months 1 and 2 take a leading zero.
        assertThat(Wording.date(LocalDate.of(2020, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2020");
        assertThat(Wording.date(LocalDate.of(2019, 12, 20))).isEqualTo("ngày 20 tháng 12 năm 2019");
        assertThat(Wording.date(LocalDate.of(2019, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2019");
        assertThat(Wording.place("Tỉnh Lai Châu")).isEqualTo("Lai Châu");
        assertThat(Wording.place("Xã Pu Sam Cáp")).isEqualTo("Pu Sam Cáp");
        assertThat(Wording.upper("Tỉnh Lai Châu")).isEqualTo("TỈNH LAI CHÂU");
        assertThat(Wording.money(23_400_000)).isEqualTo("23.400.000");
    }

    @Test
    void theShippedTemplatesParse() throws Exception {
        for (String name : new String[] {"chung-nhan", "chung-nhan-BK_TINH", "chung-nhan-GK_XA", "chung-nhan-GK_HUYEN"}) {
            TemplateText.parse(name, read(name), Templates.CERTIFICATE_SECTIONS, Templates.CERTIFICATE_VALUES);
        }
        TemplateText decision = TemplateText.parse(Templates.DECISION, read(Templates.DECISION), Templates.DECISION_SECTIONS, Templates.DECISION_VALUES);
        assertThat(decision.text("can-cu-mac-dinh", Map.of())).contains("Luật Thi đua, khen thưởng");
    }

    static String read(String name) throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("seeds/templates/" + name + ".txt"));
    }
}
