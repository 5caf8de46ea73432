package vn.khenthuong.emulation;

import java.util.List;

/** A block's year or its pact was changed; {@code previousHeadUnit} and {@code previousMembers} are what it was. The audit records it. */
public record PactChanged(String blockCode, int year, String actor, String previousHeadUnit, String headUnit, List<String> previousMembers,
                          List<String> members, List<String> indicators) {
}
