package nl.handreiking.signal;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public figures equal a recount of the signals themselves, as the support team lists them. */
@QuarkusTest
class SignalStatisticsTest {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private static Desk desk;

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
        }
    }

    @Test
    void theFiguresEqualARecountOfTheList() {
        desk.submit(desk.amsterdam, "housing-quota");
        desk.submit(desk.gelderland, "priority-groups");
        desk.submittedAndMovedTo("answered");
        desk.submittedAndMovedTo("rejected");
        LocalDate to = LocalDate.now(DUTCH);
        LocalDate from = to.minusYears(1);
        JsonPath figures = given().queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .when()
                .get("/api/v1/signals/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> signals = allSignals().stream()
                .filter(s -> {
                    LocalDate submitted = OffsetDateTime.parse((String) s.get("submittedAt"))
                            .atZoneSameInstant(DUTCH)
                            .toLocalDate();
                    return !submitted.isBefore(from) && !submitted.isAfter(to);
                })
                .toList();

        assertThat(figures.getLong("total")).isEqualTo(signals.size());
        assertThat(counts(figures, "byTheme")).isEqualTo(recount(signals, s -> (String) s.get("theme")));
        assertThat(counts(figures, "byStatus")).isEqualTo(recount(signals, s -> (String) s.get("status")));
        assertThat(counts(figures, "byProvince")).isEqualTo(recount(signals, s ->
                (String) ((Map<?, ?>) s.get("region")).get("provinceCode")));
        Map<String, Long> byMonth = new TreeMap<>();
        figures.getList("byMonth", Map.class).forEach(m -> {
            if (((Number) m.get("total")).longValue() > 0) {
                byMonth.put((String) m.get("month"), ((Number) m.get("total")).longValue());
            }
        });
        assertThat(byMonth)
                .isEqualTo(recount(
                        signals,
                        s -> OffsetDateTime.parse((String) s.get("submittedAt"))
                                .atZoneSameInstant(DUTCH)
                                .toLocalDate()
                                .toString()
                                .substring(0, 7)));
        assertThat(figures.getLong("answered"))
                .isEqualTo(signals.stream()
                        .filter(s -> s.get("answeredAt") != null)
                        .count());
        assertThat(figures.getList("byMonth")).hasSize(13);
    }

    @Test
    void anAnswerOnTheDayOfSubmissionCountsAsOnTime() {
        LocalDate today = LocalDate.now(DUTCH);
        JsonPath before = figuresOf(today);
        desk.submittedAndMovedTo("answered");
        JsonPath after = figuresOf(today);
        assertThat(after.getLong("answered")).isEqualTo(before.getLong("answered") + 1);
        assertThat(after.getLong("answeredOnTime")).isEqualTo(before.getLong("answeredOnTime") + 1);
        assertThat(after.getDouble("onTimeShare"))
                .isEqualTo((double) after.getLong("answeredOnTime") / after.getLong("answered"));
        assertThat(after.getDouble("medianWorkingDaysToAnswer")).isZero();
    }

    @Test
    void theFiguresOfOneProvinceAreItsShareOfTheNationalOnes() {
        desk.submit(desk.gelderland, "housing-quota");
        JsonPath national = given().when()
                .get("/api/v1/signals/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath gelderland = given().queryParam("province", "PV25")
                .when()
                .get("/api/v1/signals/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long expected = national.getLong("byProvince.find { it.key == 'PV25' }.count");
        assertThat(gelderland.getLong("total")).isEqualTo(expected).isPositive();
        assertThat(gelderland.getLong("byProvince.find { it.key == 'PV26' }.count"))
                .isZero();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequest() {
        assertProblem(
                givenInvalid()
                        .queryParam("from", "2021-03-01")
                        .queryParam("to", "2021-01-01")
                        .when()
                        .get("/api/v1/signals/statistics")
                        .then(),
                400);
        assertProblem(
                givenInvalid()
                        .queryParam("from", "1 maart")
                        .when()
                        .get("/api/v1/signals/statistics")
                        .then(),
                400);
    }

    private static JsonPath figuresOf(LocalDate day) {
        return given().queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .when()
                .get("/api/v1/signals/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<Map<String, Object>> allSignals() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath list = Desk.as(desk.support)
                    .queryParam("pageSize", 100)
                    .queryParam("page", page)
                    .when()
                    .get("/api/v1/signals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            all.addAll(list.getList("items"));
            if (page >= list.getInt("totalPages")) {
                return all;
            }
        }
    }

    /** The non-zero counts of a figure list, by key. */
    private static Map<String, Long> counts(JsonPath figures, String list) {
        Map<String, Long> counts = new TreeMap<>();
        figures.getList(list, Map.class).forEach(c -> {
            long count = ((Number) c.get("count")).longValue();
            if (count > 0) {
                counts.put((String) c.get("key"), count);
            }
        });
        return counts;
    }

    private static Map<String, Long> recount(
            List<Map<String, Object>> signals, java.util.function.Function<Map<String, Object>, String> key) {
        return new TreeMap<>(signals.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
    }
}
