package vn.khenthuong.workflow.block;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.BlockAccess;
import vn.khenthuong.emulation.BlockYearEnds;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.workflow.engine.CandidateGroupSource;

/** The diagram's {@code blockUnits}: the members of a round (multi-instance collections) and a unit's officers' group (candidate groups). */
@Component("blockUnits")
public class BlockUnits implements CandidateGroupSource {

    private final BlockYearEnds yearEnds;
    private final BlockAccess access;

    BlockUnits(BlockYearEnds yearEnds, BlockAccess access) {
        this.yearEnds = yearEnds;
        this.access = access;
    }

    public List<String> members(Object roundId) {
        return yearEnds.members(((Number) roundId).longValue());
    }

    public String officers(String unitCode) {
        return access.officerGroup(unitCode);
    }

    /** {@link #officers}: a block's members are districts or communes (BlockAccess.officerRole). */
    @Override
    public Set<String> candidateRoles() {
        return Set.of(Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICIAL);
    }
}
