package vn.khenthuong.nominationlist;

/**
 * A list of nominees filed from Excel (at least one row became a nomination). Each nomination it filed has its own
 * {@code NominationFiled}; this event says which file, by whom, in which mode, and how many rows went in.
 * {@code firstCode}/{@code lastCode}: the codes of the first and last nomination filed.
 */
public record NominationListFiled(long listId, String unitCode, String filedBy, String fileName, String fileHash, String mode,
                                  int rowCount, int filedCount, int invalidCount, int documentCount, String firstCode, String lastCode) {
}
