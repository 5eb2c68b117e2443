package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.handreiking.common.SignIn;

/** An editor who makes catalogue items for tests: each test makes its own, with a unique word to find them by. */
public final class Editor {

    private final String token = SignIn.as("editor");

    public String token() {
        return token;
    }

    /** A body for a new item of this collection, with a title that contains {@code word}. */
    public static Map<String, Object> item(String collection, String word) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Proefitem " + word);
        body.put("summary", "Samenvatting over huisvesting van vergunninghouders " + word);
        body.put("body", "Gemeenten zoeken woningen voor statushouders.");
        body.put("domains", List.of("housing"));
        body.put("audiences", List.of("municipality"));
        body.put("organisationCodes", List.of("BZK"));
        if (collection.equals("funding")) {
            body.put("totalBudgetEur", 1000000);
            body.put("opensOn", "2021-03-01");
            body.put("closesOn", "2021-06-30");
        }
        return body;
    }

    /** A made-up word of letters only, so that the vocabulary takes it as one word. */
    public static String madeUpWord() {
        String consonants = "bdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder("zo");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.append('m').toString();
    }

    public static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Response create(String collection, Map<String, Object> body) {
        Response response = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/" + collection);
        response.then().statusCode(201);
        return response;
    }

    /** Creates and publishes; returns the published item. */
    public Response publish(String collection, Map<String, Object> body) {
        Response created = create(collection, body);
        return status(collection, created.path("id"), created.header("ETag"), "published");
    }

    public Response status(String collection, String id, String etag, String status) {
        Response response = given().header("Authorization", "Bearer " + token)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .when()
                .put("/api/v1/" + collection + "/" + id + "/status");
        response.then().statusCode(200);
        return response;
    }
}
