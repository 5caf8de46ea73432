package vn.khenthuong.revocation;

import java.util.Map;

/**
 * A step of an annulment case. {@code nominationCode} is the annulled award's nomination (null for a line imported from
 * the paper registry): the row then joins that nomination's own audit chain.
 */
public record RevocationRecorded(String caseCode, long awardId, String nominationCode, RevocationAction action, String actor,
                                 Map<String, Object> details) {
}
