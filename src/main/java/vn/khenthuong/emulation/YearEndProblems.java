package vn.khenthuong.emulation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Refusals of the year end in "Vietnamese / English", answered as problem details. */
final class YearEndProblems {

    static ResponseStatusException ballot(String vi, String en) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "Phiếu chưa hợp lệ: " + vi + " / invalid ballot: " + en);
    }

    private YearEndProblems() {
    }
}
