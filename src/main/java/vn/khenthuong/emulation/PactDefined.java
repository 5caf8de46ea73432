package vn.khenthuong.emulation;

import java.util.List;

/** A block's year and its pact were defined (through the API). The audit records it. */
public record PactDefined(String blockCode, int year, String actor, String headUnit, List<String> members, List<String> indicators) {
}
