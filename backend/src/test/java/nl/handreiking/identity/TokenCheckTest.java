package nl.handreiking.identity;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

/** Tokens that must never be accepted: expired, tampered, foreign, or sent the wrong way. */
@QuarkusTest
class TokenCheckTest {

    private static final String ISSUER = "https://handreiking.example.nl";

    @Inject
    SigningKeys keys;

    @Test
    void anExpiredTokenIsRefused() {
        String token = signedByUs(Jwt.issuer(ISSUER)
                .audience("handreiking-api")
                .subject(adminId())
                .groups(Set.of("admin"))
                .claim("sid", java.util.UUID.randomUUID().toString())
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
        assertProblem(
                given().header("Authorization", "Bearer " + token)
                        .when()
                        .get("/api/v1/users")
                        .then(),
                401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertProblem(
                given().header("Authorization", "Bearer " + validLookingToken("another-api", ISSUER))
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertProblem(
                given().header(
                                "Authorization",
                                "Bearer " + validLookingToken("handreiking-api", "https://evil.example"))
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = SignIn.as("municipality");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"municipality\"", "\"admin\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertProblem(
                given().header("Authorization", "Bearer " + tampered)
                        .when()
                        .get("/api/v1/users")
                        .then(),
                401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String token = Jwt.issuer(ISSUER)
                .audience("handreiking-api")
                .subject(adminId())
                .groups(Set.of("admin"))
                .expiresIn(600)
                .jws()
                .keyId(keys.signer().kid()) // names our key, but another key signed it
                .sign(SigningKeys.generate().getPrivate());
        assertProblem(
                given().header("Authorization", "Bearer " + token)
                        .when()
                        .get("/api/v1/users")
                        .then(),
                401);
    }

    @Test
    void aBadTokenIsRefusedEvenOnAPublicEndpoint() {
        assertProblem(
                given().header("Authorization", "Bearer " + "not.a.token")
                        .when()
                        .get("/api/v1/regions/GM0363")
                        .then(),
                401);
    }

    @Test
    void aTokenInTheQueryStringIsNotAccepted() {
        String token = SignIn.as("admin");
        assertProblem(
                givenInvalid()
                        .queryParam("access_token", token)
                        .when()
                        .get("/api/v1/users")
                        .then(),
                401);
    }

    @Test
    void aValidTokenOfAnotherRoleIsForbidden() {
        assertProblem(
                given().header("Authorization", "Bearer " + SignIn.as("editor"))
                        .when()
                        .get("/api/v1/users")
                        .then(),
                403);
    }

    private String validLookingToken(String audience, String issuer) {
        return signedByUs(Jwt.issuer(issuer)
                .audience(audience)
                .subject(adminId())
                .groups(Set.of("admin"))
                .claim("sid", java.util.UUID.randomUUID().toString())
                .expiresIn(600));
    }

    /** Signed with the key that signs now and its kid: only the claims are wrong. */
    private String signedByUs(JwtClaimsBuilder claims) {
        SigningKeys.Signer signer = keys.signer();
        return claims.jws().keyId(signer.kid()).sign(signer.privateKey());
    }

    private static String adminId() {
        return given().header("Authorization", "Bearer " + SignIn.as("admin"))
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .extract()
                .path("id");
    }
}
