package vn.khenthuong.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/** Files dossiers and keeps what the process asks of them; the engine calls it from its delegates. */
@Service
class JdbcNominations implements Nominations {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcNominations.class);

    private final NominationStore store;
    private final NominationCodes codes;
    private final Catalog catalog;
    private final Officials officials;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcNominations(NominationStore store, NominationCodes codes, Catalog catalog, Officials officials, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.codes = codes;
        this.catalog = catalog;
        this.officials = officials;
        this.jdbc = jdbc;
        this.clock = Clock.systemDefaultZone();
    }

    @Override
    @Transactional
    public RegisteredDossier register(NewDossier submitted, String filedBy) {
        NewDossier dossier = normalized(submitted);
        List<FieldProblem> problems = new ArrayList<>();
        String unitCode = filingUnit(filedBy, problems);
        problems.addAll(filingRules(dossier));
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
        return registered(dossier, unitCode, filedBy, DossierOrigin.UNIT);
    }

    @Override
    @Transactional
    public RegisteredDossier registerBlockProposal(NewDossier submitted, String headUnit, String filedBy) {
        NewDossier dossier = normalized(submitted);
        List<FieldProblem> problems = new ArrayList<>();
        String unitCode = headUnitOfficer(headUnit, filedBy, problems);
        if (dossier.nomineeKind() != NomineeKind.COLLECTIVE) {
            // the block ranks and proposes its member units; people are proposed by their own units
            problems.add(new FieldProblem("nomineeKind", "Khối thi đua chỉ đề nghị khen thưởng tập thể (đơn vị thành viên)",
                    "An emulation block proposes collectives (its member units) only"));
        }
        problems.addAll(filingRules(dossier));
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
        return registered(dossier, unitCode, filedBy, DossierOrigin.BLOCK);
    }

    private RegisteredDossier registered(NewDossier dossier, String unitCode, String filedBy, DossierOrigin origin) {
        List<Unit> lineage = catalog.lineage(unitCode);
        String district = lineage.stream().filter(u -> u.tier() == Tier.DISTRICT).map(Unit::code).findFirst().orElse(null);
        String province = lineage.stream().filter(u -> u.tier() == Tier.PROVINCE).map(Unit::code).findFirst().orElse(null);
        String code = codes.next(dossier.year());
        store.insert(code, unitCode, dossier, filedBy, origin);
        events.publishEvent(new NominationFiled(code, filedBy, unitCode, dossier.awardKindCode(), dossier.nomineeKind().value(), dossier.nomineeName(),
                dossier.nomineeIdNumber(), dossier.year(), origin == DossierOrigin.UNIT ? null : origin.value()));
        String tierModel = TierModels.of(lineage, TierModels.referenceDate(dossier.year(), LocalDate.now(clock)));
        return new RegisteredDossier(code, unitCode, district, province, dossier.awardKindCode(), dossier.nomineeName(),
                dossier.nomineeKind().value(), dossier.procedureKind(), tierModel, origin.value());
    }

    /**
     * The same checks as {@link #register} without storing anything: the API runs them before starting the
     * process, so that a refused dossier is answered without an engine error in the log.
     */
    List<FieldProblem> problemsOf(NewDossier submitted, String filedBy) {
        NewDossier dossier = normalized(submitted);
        List<FieldProblem> problems = new ArrayList<>();
        filingUnit(filedBy, problems);
        problems.addAll(filingRules(dossier));
        return problems;
    }

    private List<FieldProblem> filingRules(NewDossier normalized) {
        return Rule.applyAll(DossierRules.FILING, new DossierRules.Filing(normalized, normalized.year(), catalog, LocalDate.now(clock)));
    }

    /** The filer's commune: a dossier is filed by a commune official acting for exactly one commune. */
    private String filingUnit(String filedBy, List<FieldProblem> problems) {
        Optional<Official> official = filedBy == null ? Optional.empty() : official(filedBy);
        Set<String> units = official.map(o -> o.unitsAs(Roles.COMMUNE_OFFICIAL)).orElse(Set.of());
        if (units.size() != 1) {
            problems.add(new FieldProblem("unitCode",
                    units.isEmpty() ? "Chỉ cán bộ cấp xã được lập hồ sơ đề nghị khen thưởng" : "Cán bộ thuộc nhiều xã, không xác định được xã lập hồ sơ",
                    units.isEmpty() ? "Only a commune official may file a nomination" : "The official acts for several communes; filing unit is ambiguous"));
            return null;
        }
        String unit = units.iterator().next();
        Optional<Unit> found = catalog.unit(unit);
        if (found.isEmpty() || found.get().tier() != Tier.COMMUNE) {
            problems.add(new FieldProblem("unitCode", "Xã " + unit + " không có trong danh mục đơn vị hành chính", "Unknown commune: " + unit));
            return null;
        }
        return unit;
    }

    /**
     * A block's proposal is filed by the emulation officer of the block's head unit, for that unit: a district's
     * district-officer (blocks of districts until 30 June 2025) or a commune's commune-official (blocks of communes
     * from 1 July 2025). Which unit heads the block that year is the block process's to check (emulation.BlockYearEnds);
     * here only that the filer acts for the unit named.
     */
    private String headUnitOfficer(String headUnit, String filedBy, List<FieldProblem> problems) {
        Optional<Unit> unit = headUnit == null ? Optional.empty() : catalog.unit(headUnit);
        String role = unit.map(u -> DossierOrigin.BLOCK.filingRole(u.tier())).orElse(null);
        if (role == null) {
            problems.add(new FieldProblem("unitCode", "Đơn vị trưởng khối " + headUnit + " không phải là huyện hoặc xã trong danh mục",
                    "Head unit " + headUnit + " is not a known district or commune"));
            return null;
        }
        boolean officer = filedBy != null && official(filedBy).map(o -> o.unitsAs(role).contains(headUnit)).orElse(false);
        if (!officer) {
            problems.add(new FieldProblem("unitCode", "Chỉ cán bộ thi đua của đơn vị trưởng khối " + unit.get().name() + " được trình hồ sơ đề nghị của khối",
                    "Only an emulation officer of the head unit " + headUnit + " may file the block's proposal"));
            return null;
        }
        return headUnit;
    }

    /**
     * The filer as the engine call knows them (their groups, also for the seeder's stand-ins without an account),
     * else as the identity store knows them. {@link Officials#current()} throws when nobody is signed in.
     */
    private Optional<Official> official(String userId) {
        try {
            Official current = officials.current();
            if (userId.equals(current.userId())) {
                return Optional.of(current);
            }
        } catch (RuntimeException nobodySignedIn) {
            // a call outside a request or engine command: fall back to the identity store
        }
        return officials.find(userId);
    }

    /** Trims text, drops empty strings, defaults the year and the procedure, names a household after its head. */
    private NewDossier normalized(NewDossier d) {
        Integer year = d.year() != null ? d.year() : LocalDate.now(clock).getYear();
        String procedure = DossierRules.blank(d.procedureKind()) ? ProcedureKind.DEFAULT.value() : d.procedureKind().trim();
        String name = t(d.nomineeName());
        if (name == null && d.nomineeKind() == NomineeKind.HOUSEHOLD && t(d.headName()) != null) {
            name = "Hộ gia đình " + t(d.headName());
        }
        return new NewDossier(t(d.awardKindCode()), t(d.movementCode()), procedure, d.nomineeKind(), name,
                t(d.nomineeIdNumber()), d.nomineeBirthYear(), t(d.nomineeGender()), t(d.nomineePosition()),
                t(d.nomineeAddress()), d.memberCount(), t(d.headName()), t(d.taxCode()),
                d.achievements() == null || d.achievements().isBlank() ? null : d.achievements().strip(), year,
                d.posthumous() == null ? null : new Posthumous(t(d.posthumous().receiverName()), t(d.posthumous().receiverRelation())));
    }

    private static String t(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> problemsBefore(String code, Checkpoint checkpoint) {
        NominationStore.DossierProgress found = store.findWithProgress(code).orElseThrow(() -> new NominationNotFoundException(code));
        Dossier dossier = found.dossier();
        ProgressRules.Progress progress = new ProgressRules.Progress(dossier, checkpoint, catalog.awardKind(dossier.content().awardKindCode()),
                found.documentKinds(), found.councilPassed(), catalog.lineage(dossier.unitCode()));
        return Rule.applyAll(ProgressRules.ALL, progress).stream().map(FieldProblem::messageVi).toList();
    }

    @Override
    @Transactional
    public void recordOutcome(String code, String step, StepOutcome outcome, String comment, LocalDate deadline, String actor) {
        store.addStep(code, step, outcome.value(), comment, deadline, actor == null ? "system" : actor);
        events.publishEvent(new StepCompleted(code, step, outcome.value(), comment, deadline, actor));
    }

    @Override
    @Transactional
    public void changeAwardKind(String code, String awardKindCode, String step, String reason, String actor) {
        Dossier dossier = store.get(code);
        if (catalog.awardKind(awardKindCode).isEmpty()) {
            throw new IllegalArgumentException("Danh hiệu/hình thức " + awardKindCode + " không có trong danh mục / unknown award kind");
        }
        String previous = dossier.content().awardKindCode();
        // Keep the first proposal: a later change must not overwrite what the unit asked for.
        jdbc.update("UPDATE nomination SET proposed_award_kind_code = COALESCE(proposed_award_kind_code, award_kind_code), "
                + "award_kind_code = ?, updated_at = CURRENT_TIMESTAMP, version = version + 1 WHERE id = ?", awardKindCode, dossier.id());
        store.addStep(dossier.id(), step, StepOutcome.CHANGED.value(), "Đổi từ " + previous + " sang " + awardKindCode + ". " + reason, null,
                actor == null ? "system" : actor);
        events.publishEvent(new AwardKindChanged(code, previous, awardKindCode, reason, step, actor));
    }

    @Override
    @Transactional
    public void close(String code, NominationStatus status, String reason) {
        if (status == null || !status.closed()) {
            throw new IllegalArgumentException("Trạng thái kết thúc không hợp lệ / invalid closing status: " + status);
        }
        // One statement on PostgreSQL (the decision step of every awarded nomination passes here).
        String previous = store.close(code, status, reason).orElseThrow(() -> new NominationNotFoundException(code));
        events.publishEvent(new NominationClosed(code, previous, status.value(), reason));
    }

    @Override
    @Transactional
    public void annulAward(String code, String decisionNumber, LocalDate decisionDate, String caseCode, String actor) {
        Dossier dossier = store.get(code);
        if (dossier.status() != NominationStatus.AWARDED) {
            // Annulled already, or a line recorded outside the process: the registry line carries the annulment anyway.
            log.warn("Hồ sơ {} ({}): không đổi trạng thái khi hủy bỏ khen thưởng / status left as is on annulment", code, dossier.status().value());
            return;
        }
        // The awarding decision stays readable beside the annulling one.
        String annulment = "Khen thưởng bị hủy bỏ theo Quyết định số " + decisionNumber + " ngày "
                + String.format("%02d/%02d/%d", decisionDate.getDayOfMonth(), decisionDate.getMonthValue(), decisionDate.getYear());
        String reason = dossier.closingReason() == null || dossier.closingReason().isBlank() ? annulment : dossier.closingReason() + ". " + annulment;
        store.close(dossier.id(), NominationStatus.ANNULLED, reason.length() > 4000 ? reason.substring(reason.length() - 4000) : reason);
        events.publishEvent(new NominationAnnulled(code, decisionNumber, decisionDate, caseCode, actor));
    }
}
