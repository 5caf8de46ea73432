package vn.khenthuong.emulation;

import java.time.LocalDate;
import java.util.List;

/** A block's year at a glance: who is in it and who heads it; {@code pactDefined} once it has indicators. */
public record BlockSummary(String blockCode, int year, String name, String headUnit, LocalDate effectiveFrom, List<String> members,
                           boolean pactDefined) {
}
