package vn.khenthuong.award;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.catalog.Seeds;

/** The base salary (lương cơ sở) by effective date, from seeds/base-salary.yaml. */
@Component
class BaseSalaries {

    static final String FILE = "seeds/base-salary.yaml";

    record Entry(LocalDate validFrom, Long amount, String basis, String status) {
    }

    record BaseSalaryFile(List<Entry> baseSalaries) {
    }

    private final List<Entry> entries;

    @Autowired
    BaseSalaries() {
        this(Seeds.read(FILE, BaseSalaryFile.class));
    }

    BaseSalaries(BaseSalaryFile file) {
        if (file.baseSalaries() == null || file.baseSalaries().isEmpty()) {
            throw new SeedException(FILE, null, "không có mức nào / no entries");
        }
        for (Entry e : file.baseSalaries()) {
            if (e == null || e.validFrom() == null || e.amount() == null || e.amount() <= 0) {
                throw new SeedException(FILE, e == null ? null : String.valueOf(e.validFrom()),
                        "mỗi mức cần validFrom và amount > 0 / each entry needs validFrom and a positive amount");
            }
        }
        this.entries = file.baseSalaries().stream().sorted(Comparator.comparing(Entry::validFrom)).toList();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).validFrom().equals(entries.get(i - 1).validFrom())) {
                throw new SeedException(FILE, String.valueOf(entries.get(i).validFrom()), "hai mức cùng ngày hiệu lực / two amounts on one date");
            }
        }
    }

    /** The amount in force on that date: the latest entry starting on or before it. */
    Optional<Long> on(LocalDate date) {
        Long found = null;
        for (Entry e : entries) {
            if (!e.validFrom().isAfter(date)) {
                found = e.amount();
            }
        }
        return Optional.ofNullable(found);
    }
}
