package nl.handreiking.savedsearch;

import static nl.handreiking.common.Api.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** Saves searches for tests. */
final class SavedSearches {

    private SavedSearches() {}

    static Response save(String token, Map<String, Object> body) {
        Response response = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/saved-searches");
        response.then().statusCode(201);
        return response;
    }
}
