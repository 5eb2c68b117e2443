package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Disjunctive facets: each facet counts with every other filter but its own, so a count says how many results
 * choosing that value would give; checked against a recount by searching with that value.
 */
@QuarkusTest
class FacetCountsTest {

    /** Signs in on first use: the application is not yet running when the test instance is made. */
    private Editor editor;

    private Editor editor() {
        if (editor == null) {
            editor = new Editor();
        }
        return editor;
    }

    @Test
    void eachFacetCountsWhatChoosingItsValueWouldGive() {
        String word = Editor.madeUpWord();
        publish(word, List.of("housing"), List.of("municipality"));
        publish(word, List.of("integration"), List.of("municipality"));
        publish(word, List.of("housing"), List.of("province"));
        publish(word, List.of("reception", "housing"), List.of("municipality", "coa"));
        JsonPath page = search(Map.of("q", word, "domain", "housing", "audience", "municipality"));
        assertThat(page.getLong("totalItems")).isEqualTo(2);

        Map<String, Long> domains = counts(page, "domain");
        assertThat(domains).isEqualTo(Map.of("housing", 2L, "integration", 1L, "reception", 1L));
        domains.forEach(
                (domain, count) -> assertThat(search(Map.of("q", word, "domain", domain, "audience", "municipality"))
                                .getLong("totalItems"))
                        .as(domain)
                        .isEqualTo(count));

        Map<String, Long> audiences = counts(page, "audience");
        assertThat(audiences).isEqualTo(Map.of("municipality", 2L, "province", 1L, "coa", 1L));
        audiences.forEach(
                (audience, count) -> assertThat(search(Map.of("q", word, "domain", "housing", "audience", audience))
                                .getLong("totalItems"))
                        .as(audience)
                        .isEqualTo(count));

        assertThat(counts(page, "organisation")).isEqualTo(Map.of("BZK", 2L));
    }

    private void publish(String word, List<String> domains, List<String> audiences) {
        Map<String, Object> body = Editor.item("measures", word);
        body.put("domains", domains);
        body.put("audiences", audiences);
        editor().publish("measures", body);
    }

    private static JsonPath search(Map<String, String> params) {
        return given().queryParams(params)
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Long> counts(JsonPath page, String facet) {
        return page.<Map<String, Object>>getList("facets." + facet).stream()
                .collect(Collectors.toMap(f -> (String) f.get("value"), f -> ((Number) f.get("count")).longValue()));
    }
}
