package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The route a nomination keeps between steps: written and read back unchanged, and never misread. */
class StoredRouteTest {

    @Test
    void aRouteReadsBackAsItWasWritten() {
        RouteDecisions.StoredRoute route = new RouteDecisions.StoredRoute("nominationRoute:2:abc", "BK_TTG/INDIVIDUAL/PERIODIC/TWO_TIER",
                List.of(new RouteStep(10, "COMMUNE_REVIEW", "COMMUNE", null), new RouteStep(70, "DISCLOSURE", "PROVINCE", 10),
                        new RouteStep(90, "CENTRAL_DECISION", "CENTRAL", null)));

        assertThat(route.format()).isEqualTo("nominationRoute:2:abc | BK_TTG/INDIVIDUAL/PERIODIC/TWO_TIER | "
                + "10 COMMUNE_REVIEW COMMUNE, 70 DISCLOSURE PROVINCE 10, 90 CENTRAL_DECISION CENTRAL");
        assertThat(RouteDecisions.StoredRoute.parse(route.format())).isEqualTo(route);
    }

    /** Then the table is evaluated again instead of the step failing. */
    @ParameterizedTest
    @ValueSource(strings = {"", "nominationRoute:2:abc", "a | b", "a | b | mười COMMUNE_REVIEW COMMUNE", "a | b | 10 COMMUNE_REVIEW",
            "a | b | 70 DISCLOSURE PROVINCE mười", "a | b | 10 COMMUNE_REVIEW COMMUNE 1 2"})
    void anUnreadableRouteIsNoRoute(String text) {
        assertThat(RouteDecisions.StoredRoute.parse(text)).isNull();
    }

    @Test
    void noRouteYet() {
        assertThat(RouteDecisions.StoredRoute.parse(null)).isNull();
    }
}
