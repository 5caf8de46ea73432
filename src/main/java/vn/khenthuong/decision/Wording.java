package vn.khenthuong.decision;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** How an administrative document writes units, places, dates and money (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
final class Wording {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final List<String> PREFIXES = List.of("Tỉnh ", "Thành phố ", "Huyện ", "Thị xã ", "Xã ", "Phường ", "Thị trấn ");

    /** "Lai Châu" for "Tỉnh Lai Châu": the place written before the date. */
    static String place(String unitName) {
        for (String p : PREFIXES) {
            if (unitName.startsWith(p)) {
                return unitName.substring(p.length());
            }
        }
        return unitName;
    }

    static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /**
     * "ngày 05 tháng 01 năm 2020": a day below 10 and the months 1 and 2 take a leading zero (Phụ lục I, the date of the
     * document). Without a date yet (a draft), the blanks the signer fills in by hand.
     */
    static String date(LocalDate d) {
        if (d == null) {
            return "ngày      tháng      năm       ";
        }
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + d.getYear();
    }

    /** "23.400.000" (thousands separated by dots). */
    static String money(long dong) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VI);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(dong);
    }

    /** The first sentence of the dossier's achievements, at most 300 characters: what the annex prints. */
    static String achievement(String achievements) {
        if (achievements == null) {
            return "";
        }
        String text = achievements.strip().replaceAll("\\s+", " ");
        int end = text.indexOf(". ");
        if (end > 0) {
            text = text.substring(0, end + 1);
        }
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private Wording() {
    }
}
