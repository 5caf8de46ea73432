package vn.khenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The share is counted over ALL members, exactly: at the threshold passes ("from"), unless strictly more is required. */
class BallotsThresholdTest {

    @ParameterizedTest(name = "{0} yes of {1}, share {2}, strictly more {3} -> {4}")
    @CsvSource({
            "7,  10, 0.70, false, true",   // exactly 70%
            "6,  10, 0.70, false, false",  // one short
            "4,   5, 0.70, false, true",   // 80% >= 70%
            "3,   5, 0.70, false, false",  // 60%
            "8,  10, 0.80, false, true",
            "7,  10, 0.80, false, false",
            "9,  10, 0.90, false, true",
            "8,  10, 0.90, false, false",
            "3,   6, 0.50, true,  false",  // exactly half is not more than half
            "4,   6, 0.50, true,  true",
            "3,   5, 0.50, true,  true",
            "2,   5, 0.50, true,  false",  // 2 yes, even if the other 3 abstained or were absent
            "0,   0, 0.50, true,  false",  // no council, no decision
    })
    void passes(int yes, int members, String share, boolean strictlyMore, boolean expected) {
        assertThat(Ballots.passes(yes, members, new BigDecimal(share), strictlyMore)).isEqualTo(expected);
    }
}
