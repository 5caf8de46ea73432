package vn.khenthuong.audit;

import org.springframework.stereotype.Service;
import vn.khenthuong.award.Awards;

/**
 * The history retention rule: the engine history of a nomination that led to an award is kept forever (it is
 * the award's trail); other history is removed after the process definition's time to live (docs/van-hanh.md, "Lưu giữ lịch sử").
 */
@Service
public class Retention {

    private final Awards awards;

    Retention(Awards awards) {
        this.awards = awards;
    }

    /** Asked by the engine when a nomination's process instance ends, inside the same transaction. */
    public boolean keepHistoryForever(String nominationCode) {
        if (nominationCode == null) {
            return false;
        }
        return awards.ofNomination(nominationCode).isPresent();
    }
}
