package vn.khenthuong.nominationlist;

/**
 * Rows of a list are about to be filed in the current transaction. Not an audit record of its own (each nomination
 * has its {@code NominationFiled}, the list its {@link NominationListFiled}): it tells the audit that this transaction
 * appends many events, which it then writes together when the transaction commits.
 */
public record NominationListFiling(long listId, int rows) {
}
