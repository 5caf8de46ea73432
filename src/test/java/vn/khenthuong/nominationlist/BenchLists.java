package vn.khenthuong.nominationlist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The benchmark's way into the list service: what {@code GET /api/nomination-lists/template.xlsx} and
 * {@code POST /api/nomination-lists} do for a signed-in commune official, without HTTP. Test code.
 */
public class BenchLists {

    /** What a bench upload did: rows, rows filed, and the milliseconds of the upload call (check and filing). */
    public record Result(int rows, int filed, int invalid, long millis, int bytes) {
    }

    /** Rows filed per transaction in VALID_ROWS mode. */
    public static final int CHUNK = NominationLists.CHUNK;

    private final NominationLists lists;
    private final IdentityService identityService;

    private BenchLists(NominationLists lists, IdentityService identityService) {
        this.lists = lists;
        this.identityService = identityService;
    }

    /** Not a bean, so that no other test context gets it. */
    public static BenchLists from(ApplicationContext context) {
        return new BenchLists(context.getBean(NominationLists.class), context.getBean(IdentityService.class));
    }

    /** The downloaded template filled with {@code rows} individuals (name and CCCD from {@code first} on), as .xlsx bytes. */
    public byte[] list(String user, int rows, int first, int year) {
        byte[] template = as(user, lists::template);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(ListTemplate.LIST_SHEET);
            for (int i = 0; i < rows; i++) {
                int n = first + i;
                Row row = sheet.createRow(i + 1);
                row.createCell(Column.NOMINEE_KIND.index()).setCellValue("Cá nhân");
                row.createCell(Column.AWARD_KIND.index()).setCellValue("BK_TINH - Bằng khen của Chủ tịch UBND tỉnh");
                row.createCell(Column.NOMINEE_NAME.index()).setCellValue("Lò Văn Danh Sách " + n);
                row.createCell(Column.BIRTH_YEAR.index()).setCellValue(1960 + n % 40);
                row.createCell(Column.GENDER.index()).setCellValue(n % 2 == 0 ? "Nam" : "Nữ");
                row.createCell(Column.ID_NUMBER.index()).setCellValue(String.format("8%011d", n));
                row.createCell(Column.POSITION.index()).setCellValue("Trưởng bản");
                row.createCell(Column.ADDRESS.index()).setCellValue("Bản Pu Sam Cáp");
                row.createCell(Column.PROCEDURE.index()).setCellValue("Thường xuyên");
                row.createCell(Column.YEAR.index()).setCellValue(year);
                row.createCell(Column.ACHIEVEMENTS.index()).setCellValue("Vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn.");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Uploads as {@code user} in VALID_ROWS mode: every row checked, the valid ones filed. */
    public Result file(String user, byte[] xlsx) {
        return as(user, () -> {
            long t0 = System.nanoTime();
            ListReport report = lists.upload("bench.xlsx", xlsx, null, null, FilingMode.VALID_ROWS);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return new Result(report.rowCount(), report.filedCount(), report.invalidCount(), millis, xlsx.length);
        });
    }

    private <T> T as(String user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority("bench"))));
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
            SecurityContextHolder.clearContext();
        }
    }
}
