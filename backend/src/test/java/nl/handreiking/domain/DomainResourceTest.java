package nl.handreiking.domain;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DomainResourceTest {

    @Test
    void listsTheThreeDomainsOfTheLetterInOrder() {
        given().when()
                .get("/api/v1/domains")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("reception", "housing", "integration")))
                .body("items.name", equalTo(List.of("Opvang", "Huisvesting vergunninghouders", "Inburgering")))
                .body(
                        "items.nameEn",
                        equalTo(List.of("Asylum reception", "Housing of permit holders", "Civic integration")))
                .body("totalItems", equalTo(3));
    }

    @Test
    void rejectsAnInvalidPageSize() {
        assertProblem(
                        givenInvalid()
                                .queryParam("pageSize", "-5")
                                .when()
                                .get("/api/v1/domains")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("pageSize"));
    }
}
