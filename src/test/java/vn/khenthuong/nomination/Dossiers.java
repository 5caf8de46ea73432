package vn.khenthuong.nomination;

/** Valid dossiers of each nominee kind, to be spoiled one field at a time by the tests. */
final class Dossiers {

    static NewDossier individual() {
        return new NewDossier("BK_TINH", "NTM_GNBV_2016_2020", "PERIODIC", NomineeKind.INDIVIDUAL, "Giàng A Chứ", "012345678901", 1985, "MALE",
                "Trưởng bản Pu Sam Cáp", "Bản Pu Sam Cáp, xã Pu Sam Cáp", null, null, null,
                "Vận động Nhân dân hiến đất, góp công làm 3 km đường giao thông nông thôn.", 2019);
    }

    static NewDossier collective() {
        return new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.COLLECTIVE, "Tổ hợp tác nuôi thỏ xã Phúc Than", null, null, null,
                null, "Xã Phúc Than", 15, "Lò Văn Ơn", null, "Đàn thỏ phát triển thêm 920 con trong năm 2019.", 2019);
    }

    static NewDossier household() {
        return new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.HOUSEHOLD, null, null, null, null,
                null, "Bản Thẩm Phé, xã Mường Kim", 6, "Lò Văn Pọm", null, "Hiến 500 m² đất làm nhà văn hoá bản.", 2019);
    }

    static NewDossier enterprise() {
        return new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.ENTERPRISE, "Công ty TNHH Chè Tân Uyên", null, null, null,
                null, "Thị trấn Tân Uyên", null, null, "6200012345", "Bao tiêu chè cho 300 hộ dân.", 2019);
    }

    static NewDossier with(NewDossier d, String field, Object value) {
        return new NewDossier(
                field.equals("awardKindCode") ? (String) value : d.awardKindCode(),
                field.equals("movementCode") ? (String) value : d.movementCode(),
                field.equals("procedureKind") ? (String) value : d.procedureKind(),
                field.equals("nomineeKind") ? (NomineeKind) value : d.nomineeKind(),
                field.equals("nomineeName") ? (String) value : d.nomineeName(),
                field.equals("nomineeIdNumber") ? (String) value : d.nomineeIdNumber(),
                field.equals("nomineeBirthYear") ? (Integer) value : d.nomineeBirthYear(),
                field.equals("nomineeGender") ? (String) value : d.nomineeGender(),
                field.equals("nomineePosition") ? (String) value : d.nomineePosition(),
                field.equals("nomineeAddress") ? (String) value : d.nomineeAddress(),
                field.equals("memberCount") ? (Integer) value : d.memberCount(),
                field.equals("headName") ? (String) value : d.headName(),
                field.equals("taxCode") ? (String) value : d.taxCode(),
                field.equals("achievements") ? (String) value : d.achievements(),
                field.equals("year") ? (Integer) value : d.year());
    }

    private Dossiers() {
    }
}
