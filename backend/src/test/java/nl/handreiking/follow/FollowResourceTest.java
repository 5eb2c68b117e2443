package nl.handreiking.follow;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Following published funding: once per person, listed with its closing date, stopped by its owner only. */
@QuarkusTest
class FollowResourceTest {

    private String official;

    @BeforeEach
    void signIn() {
        official = SignIn.as("municipality");
    }

    @Test
    void followingTwiceKeepsOneFollowListedWithItsClosingDate() {
        Funding funding = Funding.closingOn(Funding.someDayFarAhead());
        String id = funding.followedBy(official);

        follow(funding.id).statusCode(200).body("id", equalTo(id)).body("fundingId", equalTo(funding.id));

        given().header("Authorization", "Bearer " + official)
                .when()
                .get("/api/v1/follows")
                .then()
                .statusCode(200)
                .body("findAll { it.fundingId == '" + funding.id + "' }.size()", equalTo(1))
                .body("find { it.id == '" + id + "' }.title", equalTo("Proefitem " + funding.word))
                .body("find { it.id == '" + id + "' }.closesOn", not(nullValue()));
    }

    @Test
    void anItemWithoutClosingDateIsListedWithoutOne() {
        Funding funding = Funding.withoutClosingDate();
        String id = funding.followedBy(official);

        given().header("Authorization", "Bearer " + official)
                .when()
                .get("/api/v1/follows")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.closesOn", nullValue());
    }

    @Test
    void onlyPublishedFundingCanBeFollowed() {
        assertProblem(follow(Funding.draft().id), 400).body("invalidParams.name", hasItem("fundingId"));
        assertProblem(follow("00000000-0000-0000-0000-000000000000"), 400)
                .body("invalidParams.name", hasItem("fundingId"));
        assertProblem(
                        givenInvalid()
                                .header("Authorization", "Bearer " + official)
                                .contentType(ContentType.JSON)
                                .body(Map.of("fundingId", "geen-id"))
                                .when()
                                .post("/api/v1/follows")
                                .then(),
                        400)
                .body("invalidParams.name", hasItem("fundingId"));
    }

    @Test
    void onlyTheFollowerCanStopAFollow() {
        String id = Funding.closingOn(Funding.someDayFarAhead()).followedBy(official);

        assertProblem(
                given().header("Authorization", "Bearer " + SignIn.as("province"))
                        .when()
                        .delete("/api/v1/follows/" + id)
                        .then(),
                404);
        given().header("Authorization", "Bearer " + official)
                .when()
                .delete("/api/v1/follows/" + id)
                .then()
                .statusCode(204);
        given().header("Authorization", "Bearer " + official)
                .when()
                .get("/api/v1/follows")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
    }

    private io.restassured.response.ValidatableResponse follow(String fundingId) {
        return given().header("Authorization", "Bearer " + official)
                .contentType(ContentType.JSON)
                .body(Map.of("fundingId", fundingId))
                .when()
                .post("/api/v1/follows")
                .then();
    }
}
