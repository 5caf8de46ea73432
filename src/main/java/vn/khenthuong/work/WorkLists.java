package vn.khenthuong.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.nomination.Awardees;
import vn.khenthuong.nomination.Awardees.Awardee;
import vn.khenthuong.nomination.Awardees.Facets;

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

    /**
     * Filtered on the nominations' filter columns alone ({@link Awardees#facetsOf}), sorted and paged on the tasks; only
     * the page's nominations are read in full. Same items, order and total as building every item and paging them.
     */
    public Page waiting(String userId, WorkStep step, Filter filter, int page, int size) {
        List<WaitingTask> waiting = tasks.waiting(userId, step);
        Map<String, Facets> facets = new HashMap<>();
        awardees.facetsOf(waiting.stream().map(WaitingTask::nominationCode).collect(Collectors.toSet())).forEach(f -> facets.put(f.code(), f));
        Map<String, Boolean> underUnit = new HashMap<>();
        List<WaitingTask> matching = waiting.stream().filter(t -> {
            Facets f = facets.get(t.nominationCode());
            return f != null && matches(f, filter, underUnit);
        }).sorted(WAITING_ORDER).toList();
        int from = (int) Math.min(matching.size(), (long) page * size);
        return new Page(matching.size(), page, size, items(matching.subList(from, (int) Math.min(matching.size(), (long) from + size))));
    }

    /** Oldest first, then by nomination code: the order of {@link #items}. */
    private static final Comparator<WaitingTask> WAITING_ORDER = Comparator.comparing(WaitingTask::created, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WaitingTask::nominationCode);

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

    private boolean matches(Facets nomination, Filter filter, Map<String, Boolean> underUnit) {
        if (filter.awardKindCode() != null && !filter.awardKindCode().equals(nomination.awardKindCode())) {
            return false;
        }
        if (filter.movementCode() != null && !filter.movementCode().equals(nomination.movementCode())) {
            return false;
        }
        // The unit or a unit below it: one lineage walk per unit, not per dossier.
        return filter.unitCode() == null || underUnit.computeIfAbsent(String.valueOf(nomination.unitCode()),
                u -> catalog.lineage(nomination.unitCode()).stream().map(Unit::code).anyMatch(filter.unitCode()::equals));
    }

    /** What became of one task of a batch. */
    public record Row(String taskId, String nominationCode, String nomineeName, boolean done, WorkRefusal.Kind refusal, String reason, String reasonEn) {
    }

    /**
     * Completes each task with the same answer, one after the other, each in its own transaction (this method has
     * none): a refusal is that row's answer and the next task goes on. Rows come back in the order asked.
     */
    public List<Row> completeEach(String userId, WorkStep step, List<String> taskIds, Map<String, Object> answer) {
        // Names for the rows: only the asked tasks' nominations are read, not the whole list's.
        Set<String> asked = new HashSet<>(taskIds);
        Map<String, Item> mine = new LinkedHashMap<>();
        items(tasks.waiting(userId, step).stream().filter(t -> asked.contains(t.taskId())).toList()).forEach(i -> mine.put(i.taskId(), i));
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
