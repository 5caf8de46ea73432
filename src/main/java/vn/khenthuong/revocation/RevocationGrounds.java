package vn.khenthuong.revocation;

import java.util.List;
import java.util.Optional;

/** The port to processes/revocationGround.dmn (its latest deployed version); implemented in the workflow. */
public interface RevocationGrounds {

    List<RevocationGround> all();

    Optional<RevocationGround> find(String code);
}
