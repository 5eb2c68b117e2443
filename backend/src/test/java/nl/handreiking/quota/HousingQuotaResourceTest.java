package nl.handreiking.quota;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The monitor against a real database: imports all or nothing, arrears carried, totals equal to their parts. */
@QuarkusTest
class HousingQuotaResourceTest {

    private static final String HEADER = "municipality;period;target;realised;arrearsIn\n";
    private static String support;

    @BeforeEach
    void signIn() {
        if (support == null) {
            support = SignIn.as("support");
        }
    }

    @Test
    void importedFiguresCarryTheirArrearsAcrossThreeHalfYears() {
        importCsv(HEADER + "GM0014;2031-H1;40;30;5\nGM0014;2031-H2;20;35;\nGM0014;2032-H1;30;10;\n")
                .then()
                .statusCode(200)
                .body("lines", equalTo(3))
                .body("periods", equalTo(List.of("2031-H1", "2031-H2", "2032-H1")));
        JsonPath history = given().queryParam("municipality", "GM0014")
                .when()
                .get("/api/v1/housing-quotas/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> from2031 = history.<Map<String, Object>>getList("").stream()
                .filter(q -> ((String) q.get("period")).startsWith("203"))
                .toList();
        assertThat(from2031).extracting(q -> q.get("arrearsIn")).containsExactly(5, 15, 0);
        assertThat(from2031).extracting(q -> q.get("arrearsEnd")).containsExactly(15, 0, 20);
        assertThat(from2031).extracting(q -> q.get("estimated")).containsOnly(List.of());
    }

    @Test
    void anImportWithOneBadLineWritesNothingAndNamesEveryBadLineAndField() {
        String csv = HEADER
                + "GM0034;2033-H1;10;5;0\nGM9999;2033-H1;-4;x;\nGM0034;2033-H3;10;;\nGM0034;2033-H1;10;5;0\nGM0034;2033-H2\n";
        JsonPath problem = assertProblem(importCsv(csv).then(), 400).extract().jsonPath();
        assertThat(problem.<String>getList("invalidParams.name"))
                .contains(
                        "regel 3: municipality",
                        "regel 3: target",
                        "regel 3: realised",
                        "regel 4: period",
                        "regel 5",
                        "regel 6");
        given().queryParam("period", "2033-H1")
                .when()
                .get("/api/v1/housing-quotas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void arrearsThatFollowFromTheHalfYearBeforeCannotBeGiven() {
        importCsv(HEADER + "GM0034;2034-H1;10;5;0\n").then().statusCode(200);
        assertProblem(importCsv(HEADER + "GM0034;2034-H2;10;5;9\n").then(), 400)
                .body("invalidParams[0].name", equalTo("regel 2: arrearsIn"));
        given().queryParam("period", "2034-H2")
                .when()
                .get("/api/v1/housing-quotas")
                .then()
                .body("totalItems", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"header only", "wrong header", "binary"})
    void aFileThatIsNotQuotaCsvIsRefused(String what) {
        byte[] body = switch (what) {
            case "header only" -> HEADER.getBytes();
            case "wrong header" -> "gemeente;jaar\nGM0034;2021\n".getBytes();
            default -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF};
        };
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + support)
                        .contentType("text/csv")
                        .body(body)
                        .when()
                        .post("/api/v1/housing-quotas/imports")
                        .then(),
                400);
    }

    @Test
    void onlyTheSupportTeamAndSystemsWithQuotasWriteImport() {
        for (String role : List.of("municipality", "province", "editor", "admin")) {
            assertProblem(
                    givenInvalid()
                            .header("Authorization", "Bearer " + SignIn.as(role))
                            .contentType("text/csv")
                            .body(HEADER)
                            .when()
                            .post("/api/v1/housing-quotas/imports")
                            .then(),
                    403);
        }
        assertProblem(
                givenInvalid()
                        .contentType("text/csv")
                        .body(HEADER)
                        .when()
                        .post("/api/v1/housing-quotas/imports")
                        .then(),
                401);
    }

    @Test
    void provinceAndCountryTotalsAreTheSumsOfTheirMunicipalities() {
        for (String period : List.of("2021-H1", "2022-H1", "2022-H2")) {
            JsonPath totals = given().queryParam("period", period)
                    .when()
                    .get("/api/v1/housing-quotas/totals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> all = all(period);
            assertThat(totals.getLong("country.target"))
                    .as("national target " + period)
                    .isEqualTo(sum(all, "target"));
            assertThat(totals.get("country.realised") == null ? null : totals.getLong("country.realised"))
                    .isEqualTo(sum(all, "realised"));
            assertThat(totals.getInt("country.municipalities")).isEqualTo(all.size());
            Map<Object, List<Map<String, Object>>> byProvince = all.stream()
                    .collect(Collectors.groupingBy(q -> ((Map<?, ?>) q.get("municipality")).get("provinceCode")));
            for (Map<String, Object> province : totals.<Map<String, Object>>getList("provinces")) {
                List<Map<String, Object>> parts = byProvince.getOrDefault(province.get("code"), List.of());
                assertThat(province.get("target") == null ? null : ((Number) province.get("target")).longValue())
                        .as("target " + province.get("code") + " " + period)
                        .isEqualTo(sum(parts, "target"));
                assertThat(
                                province.get("arrearsEnd") == null
                                        ? null
                                        : ((Number) province.get("arrearsEnd")).longValue())
                        .isEqualTo(sum(parts, "arrearsEnd"));
            }
        }
    }

    @Test
    void theStartingFiguresKeepTheReportedTotalsAndMarkSpreadFiguresAsEstimates() {
        given().queryParam("period", "2021-H1")
                .when()
                .get("/api/v1/housing-quotas/totals")
                .then()
                .statusCode(200)
                .body("provinces.find { it.code == 'PV25' }.target", equalTo(1624))
                .body("provinces.find { it.code == 'PV25' }.realised", equalTo(1057));
        given().queryParam("period", "2022-H1")
                .when()
                .get("/api/v1/housing-quotas/totals")
                .then()
                .body("country.target", equalTo(9979))
                .body("country.estimated", equalTo(true));
        given().queryParam("period", "2021-H2")
                .queryParam("municipality", "GM1942")
                .when()
                .get("/api/v1/housing-quotas")
                .then()
                .body("items[0].target", equalTo(37))
                .body("items[0].estimated", equalTo(List.of()));
        given().queryParam("period", "2021-H2")
                .queryParam("municipality", "GM0344")
                .when()
                .get("/api/v1/housing-quotas")
                .then()
                .body("items[0].estimated", hasItem("target"));
    }

    @Test
    void oneUploadedRowMakesNoOtherProvinceZeroAndNoTotalComplete() {
        importCsv(HEADER + "GM0344;2041-H1;40;38;0\n").then().statusCode(200);
        JsonPath totals = given().queryParam("period", "2041-H1")
                .when()
                .get("/api/v1/housing-quotas/totals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(totals.getBoolean("country.complete")).isFalse();
        assertThat(totals.getInt("country.municipalities")).isEqualTo(1);
        assertThat(totals.getInt("country.municipalitiesWithoutFigures")).isEqualTo(351);
        assertThat(totals.getLong("country.target")).isEqualTo(40);
        Map<String, Object> utrecht = totals.getMap("provinces.find { it.code == 'PV26' }");
        assertThat(utrecht)
                .containsEntry("target", 40)
                .containsEntry("complete", false)
                .containsEntry("municipalitiesWithoutFigures", 25);
        for (Map<String, Object> province :
                totals.<Map<String, Object>>getList("provinces.findAll { it.code != 'PV26' }")) {
            assertThat(province.get("target"))
                    .as("target of " + province.get("name"))
                    .isNull();
            assertThat(province.get("complete"))
                    .as("complete of " + province.get("name"))
                    .isEqualTo(false);
            assertThat(((Number) province.get("municipalitiesWithoutFigures")).intValue())
                    .isPositive();
        }
    }

    @Test
    void everyViewOpensOnTheNewestHalfYearThatEveryMunicipalityHasFiguresFor() {
        importCsv(HEADER + "GM0344;2042-H1;40;38;0\n").then().statusCode(200);
        JsonPath periods = given().when()
                .get("/api/v1/housing-quotas/periods")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(periods.<String>getList("findAll { it.isDefault }.period")).containsExactly("2022-H1");
        assertThat(periods.getBoolean("find { it.period == '2042-H1' }.complete"))
                .isFalse();
        given().when().get("/api/v1/housing-quotas").then().statusCode(200).body("items[0].period", equalTo("2022-H1"));
        given().when()
                .get("/api/v1/housing-quotas/totals")
                .then()
                .statusCode(200)
                .body("period", equalTo("2022-H1"));
    }

    @Test
    void reportedFiguresOverruleEstimatesAndEstimatesAgreeWithReportedTotals() {
        given().queryParam("period", "2022-H1")
                .queryParam("municipality", "GM0503")
                .when()
                .get("/api/v1/housing-quotas")
                .then()
                .body("items[0].target", equalTo(76))
                .body("items[0].realised", equalTo(85))
                .body("items[0].estimated", equalTo(List.of()));
        JsonPath gooiseMeren = given().queryParam("municipality", "GM1942")
                .when()
                .get("/api/v1/housing-quotas/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(gooiseMeren.getInt("find { it.period == '2021-H2' }.realised"))
                .isEqualTo(31);
        assertThat(gooiseMeren.getInt("find { it.period == '2021-H2' }.arrearsEnd"))
                .isEqualTo(6);
        assertThat(gooiseMeren.getInt("find { it.period == '2022-H1' }.arrearsIn"))
                .isEqualTo(6);
        assertThat(gooiseMeren.getList("period")).contains("2020-H1", "2020-H2");
        given().queryParam("period", "2022-H2")
                .queryParam("municipality", "GM0855")
                .when()
                .get("/api/v1/housing-quotas")
                .then()
                .body("items[0].arrearsIn", equalTo(-100))
                .body("items[0].estimated", equalTo(List.of("target")));
        JsonPath h2 = given().queryParam("period", "2022-H2")
                .when()
                .get("/api/v1/housing-quotas/totals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(h2.getLong("country.arrearsIn"))
                .as("reported arrears into 2022-H2")
                .isEqualTo(1836);
        assertThat(h2.getInt("country.reported.arrearsIn")).isEqualTo(1836);
        given().queryParam("period", "2021-H1")
                .when()
                .get("/api/v1/housing-quotas/totals")
                .then()
                .body("provinces.find { it.code == 'PV25' }.reported.target", equalTo(1624))
                .body(
                        "provinces.find { it.code == 'PV25' }.reported.source",
                        org.hamcrest.Matchers.startsWith("https://www.destentor.nl/"))
                .body("provinces.find { it.code == 'PV26' }.reported", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void thePeriodsSayHowManyMunicipalitiesHaveARealisation() {
        given().when()
                .get("/api/v1/housing-quotas/periods")
                .then()
                .statusCode(200)
                .body("find { it.period == '2022-H1' }.municipalities", equalTo(352))
                .body(
                        "find { it.period == '2022-H1' }.realised",
                        equalTo(350)) // Gooise Meren reported a target only; Tilburg only its lead
                .body("find { it.period == '2022-H2' }.realised", equalTo(0));
    }

    @Test
    void aHalfYearThatDoesNotExistIsABadRequest() {
        assertProblem(
                        givenInvalid()
                                .queryParam("period", "2021-H3")
                                .when()
                                .get("/api/v1/housing-quotas")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("period"));
        assertProblem(
                givenInvalid()
                        .queryParam("period", "21-H1")
                        .when()
                        .get("/api/v1/housing-quotas/totals")
                        .then(),
                400);
    }

    private static io.restassured.response.Response importCsv(String csv) {
        return givenInvalid()
                .header("Authorization", "Bearer " + support)
                .contentType("text/csv")
                .body(csv)
                .when()
                .post("/api/v1/housing-quotas/imports");
    }

    private static List<Map<String, Object>> all(String period) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath list = given().queryParam("period", period)
                    .queryParam("pageSize", 100)
                    .queryParam("page", page)
                    .when()
                    .get("/api/v1/housing-quotas")
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

    private static Long sum(List<Map<String, Object>> quotas, String field) {
        List<Number> known = quotas.stream()
                .map(q -> (Number) q.get(field))
                .filter(Objects::nonNull)
                .toList();
        return known.isEmpty()
                ? null
                : known.stream().mapToLong(Number::longValue).sum();
    }
}
