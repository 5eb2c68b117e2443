package nl.handreiking.session;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInThrottleTest {

    @Inject
    AgroalDataSource database;

    /** Throttling is shared state: forget it so that other tests can sign in from this address. */
    @AfterEach
    void forgetFailures() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.createStatement().execute("DELETE FROM sign_in_failure");
        }
    }

    @Test
    void repeatedFailuresForOneAccountAreSlowedDownEvenWithTheRightPassword() {
        String email = "team@jenv.handreiking.test";
        for (int i = 0; i < 5; i++) {
            assertProblem(attempt(email, "wrong-password-" + i), 401);
        }
        assertProblem(attempt(email, "wrong-password-6"), 401);
        String retryAfter =
                assertProblem(attempt(email, SignIn.PASSWORD), 429).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 900);
        // another account from the same address is not affected
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "team@coa.handreiking.test", "password", SignIn.PASSWORD))
                .when()
                .post("/api/v1/sessions")
                .then()
                .statusCode(201);
    }

    @Test
    void manyFailuresFromOneAddressAreSlowedDownForEveryAccount() {
        for (int i = 0; i <= 25; i++) {
            assertProblem(attempt("unknown-" + i + "@handreiking.test", "wrong-password"), 401);
        }
        assertProblem(attempt("gemeente.utrecht@handreiking.test", SignIn.PASSWORD), 429);
    }

    private static io.restassured.response.ValidatableResponse attempt(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/v1/sessions")
                .then();
    }
}
