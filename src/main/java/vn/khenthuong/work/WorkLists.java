package vn.khenthuong.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.nomination.Awardees;
import vn.khenthuong.nomination.Awardees.Awardee;

/**
 * An official's waiting dossiers of one step, filtered and paged, and one answer given to many of them: each task
 * completed on its own (its own transaction, its own authorization, variable guard and audit rows), a refusal
 * answered for its row while the others go through.
 */
@Service
public class WorkLists {

    public static final int MAX_PAGE_SIZE = 500;
    public static final int MAX_BATCH = 500;

    private final WorkTasks tasks;
    private final Awardees awardees;
    private final Catalog catalog;

    WorkLists(WorkTasks tasks, Awardees awardees, Catalog catalog) {
        this.tasks = tasks;
        this.awardees = awardees;
        this.catalog = catalog;
    }

    /** One waiting dossier as the list shows it. */
    public record Item(String taskId, String nominationCode, String nomineeName, String nomineeKind, String unitCode, String unitName,
                       String awardKindCode, String awardKindName, String movementCode, String movementName, int year,
                       Instant waitingSince, Instant due, String candidateUnit) {
    }

    public record Page(long total, int page, int size, List<Item> items) {
    }

    /** Filters are optional: a unit includes the units below it. */
    public record Filter(String unitCode, String awardKindCode, String movementCode) {
    }

    public Page waiting(String userId, WorkStep step, Filter filter, int page, int size) {
        List<Item> all = items(tasks.waiting(userId, step)).stream().filter(i -> matches(i, filter)).toList();
        int from = Math.min(all.size(), page * size);
        return new Page(all.size(), page, size, all.subList(from, Math.min(all.size(), from + size)));
    }

    /** The same items for tasks found another way (the board's view of its chairman's waiting decisions). */
    public List<Item> items(List<WaitingTask> waiting) {
        Map<String, Awardee> byCode = new HashMap<>();
        awardees.of(waiting.stream().map(WaitingTask::nominationCode).toList()).forEach(a -> byCode.put(a.code(), a));
        Map<String, String> units = new HashMap<>();
        catalog.units().forEach(u -> units.put(u.code(), u.name()));
        Map<String, String> kinds = new HashMap<>();
        catalog.awardKinds().forEach(k -> kinds.put(k.code(), k.name()));
        Map<String, String> movements = new HashMap<>();
        catalog.movements().forEach(m -> movements.put(m.code(), m.name()));
        List<Item> items = new ArrayList<>(waiting.size());
        for (WaitingTask t : waiting) {
            Awardee a = byCode.get(t.nominationCode());
            if (a != null) {
                items.add(new Item(t.taskId(), a.code(), a.nomineeName(), a.nomineeKind(), a.unitCode(), units.get(a.unitCode()), a.awardKindCode(),
                        kinds.get(a.awardKindCode()), a.movementCode(), a.movementCode() == null ? null : movements.get(a.movementCode()), a.year(),
                        t.created(), t.due(), t.candidateUnit()));
            }
        }
        items.sort(Comparator.comparing(Item::waitingSince, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Item::nominationCode));
        return items;
    }

    private boolean matches(Item item, Filter filter) {
        if (filter.awardKindCode() != null && !filter.awardKindCode().equals(item.awardKindCode())) {
            return false;
        }
        if (filter.movementCode() != null && !filter.movementCode().equals(item.movementCode())) {
            return false;
        }
        return filter.unitCode() == null || catalog.lineage(item.unitCode()).stream().map(Unit::code).anyMatch(filter.unitCode()::equals);
    }

    /** What became of one task of a batch. */
    public record Row(String taskId, String nominationCode, String nomineeName, boolean done, WorkRefusal.Kind refusal, String reason, String reasonEn) {
    }

    /**
     * Completes each task with the same answer, one after the other, each in its own transaction (this method has
     * none): a refusal is that row's answer and the next task goes on. Rows come back in the order asked.
     */
    public List<Row> completeEach(String userId, WorkStep step, List<String> taskIds, Map<String, Object> answer) {
        Map<String, Item> mine = new LinkedHashMap<>();
        items(tasks.waiting(userId, step)).forEach(i -> mine.put(i.taskId(), i));
        List<Row> rows = new ArrayList<>(taskIds.size());
        for (String taskId : taskIds) {
            Item item = mine.get(taskId);
            String code = item == null ? null : item.nominationCode();
            String name = item == null ? null : item.nomineeName();
            try {
                tasks.complete(userId, taskId, step, answer);
                rows.add(new Row(taskId, code, name, true, null, null, null));
            } catch (WorkRefusedException refused) {
                WorkRefusal r = refused.refusal();
                rows.add(new Row(taskId, code, name, false, r.kind(), r.reason(), r.reasonEn()));
            }
        }
        return rows;
    }

    /** Names for the page's filters. */
    public record Choices(List<Unit> units, List<AwardKind> awardKinds, List<Movement> movements) {
    }

    public Choices choices() {
        return new Choices(catalog.units(), catalog.awardKinds(), catalog.movements());
    }
}
