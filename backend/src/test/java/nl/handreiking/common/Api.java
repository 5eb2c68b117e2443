package nl.handreiking.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * The entry point of every API test: requests and responses are checked against the committed
 * openapi.yaml, so a test fails when the running API and its contract disagree.
 */
@QuarkusTestResource(TestEnvironment.class)
public final class Api {

    private static final String CONTRACT =
            Path.of("..", "openapi.yaml").toAbsolutePath().toUri().toString();
    private static final OpenApiValidationFilter BOTH = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build());
    private static final OpenApiValidationFilter RESPONSES =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {}

    /** A request whose request and response must both match the contract. */
    public static RequestSpecification given() {
        return RestAssured.given().filter(BOTH);
    }

    /** A deliberately invalid request: only the response is checked against the contract. */
    public static RequestSpecification givenInvalid() {
        return RestAssured.given().filter(RESPONSES);
    }

    /** Asserts that a response is an RFC 9457 problem with the given status that leaks nothing internal. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("API-Version", notNullValue())
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("nl.handreiking")));
    }

    /** Asserts that a response of the OAuth token endpoint is an RFC 6749 error with this code, never stored. */
    public static ValidatableResponse assertOAuthError(ValidatableResponse response, int status, String error) {
        return response.statusCode(status)
                .contentType("application/json")
                .header("Cache-Control", equalTo("no-store"))
                .header("Pragma", equalTo("no-cache"))
                .body("error", equalTo(error))
                .body("error_description", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("status")))
                .body(not(containsString("Exception")))
                .body(not(containsString("nl.handreiking")));
    }
}
