package vn.khenthuong.input;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The pieces the .xlsx templates people fill offline share (award.RegistryTemplate, nominationlist.ListTemplate): the
 * header row's style, cell formats, and the drop-down that is the template's own check at the door: Excel refuses a
 * value not in the list with a Vietnamese error box, before the upload's checks see it.
 */
public final class XlsxTemplates {

    /** The error box's title of every drop-down. */
    static final String NOT_IN_LIST = "Giá trị không có trong danh sách";

    /** Bold, wrapped, on a solid fill, a thin line below: the first row of a template. */
    public static CellStyle headerStyle(Workbook wb, Font bold, IndexedColors fill) {
        CellStyle style = wb.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /** A style with only a data format: "@" (text), "dd/mm/yyyy", "#,##0". */
    public static CellStyle format(Workbook wb, String dataFormat) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(dataFormat));
        return style;
    }

    /** The row at {@code index}, created when the sheet has none there yet. */
    public static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    /**
     * A drop-down on the cells of {@code column} from row 2 to row {@code lastRow + 1} (the header stays free):
     * {@code listFormula} is a range or a defined name; any other value stops with {@code message}.
     */
    public static void dropDown(Sheet sheet, int column, int lastRow, String listFormula, String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(listFormula);
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(NOT_IN_LIST, message);
        // POI's XSSF inverts this: it writes showDropDown false, which Excel reads as "show the arrow".
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private XlsxTemplates() {
    }
}
