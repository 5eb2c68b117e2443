package nl.handreiking.identity;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static nl.handreiking.common.Api.givenInvalid;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.handreiking.common.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * With an external identity provider configured, its tokens replace ours: a locally generated key pair
 * plays the provider (Keycloak-style claims), and role and organisation come from the mapped claims.
 */
@QuarkusTest
@TestProfile(ExternalIdentityProviderTest.ExternalProvider.class)
class ExternalIdentityProviderTest {

    static final String ISSUER = "https://idp.example.test/realms/handreiking";
    static final KeyPair PROVIDER_KEYS = SigningKeys.generate();

    @Inject
    Tokens tokens;

    /** Configures the provider as an operator would: issuer, verification key and claim mapping. */
    public static class ExternalProvider implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "handreiking.auth.external.enabled", "true",
                    "mp.jwt.verify.issuer", ISSUER,
                    "smallrye.jwt.path.groups", "realm_access/roles",
                    "handreiking.auth.external.organisation-claim", "organisation",
                    "handreiking.auth.external.region-claim", "region");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProviderEnvironment.class));
        }
    }

    /** The usual test database, with the provider's public key as the verification key. */
    public static class ProviderEnvironment extends TestEnvironment {

        @Override
        public Map<String, String> start() {
            Map<String, String> properties = new HashMap<>(super.start());
            try {
                Path key = Files.createTempFile("provider", ".pub.pem");
                Files.writeString(
                        key,
                        "-----BEGIN PUBLIC KEY-----\n"
                                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                                        .encodeToString(
                                                PROVIDER_KEYS.getPublic().getEncoded())
                                + "\n-----END PUBLIC KEY-----\n");
                properties.remove("mp.jwt.verify.publickey");
                properties.remove("mp.jwt.verify.issuer");
                properties.put("mp.jwt.verify.publickey.location", key.toUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }
    }

    private static String providerToken(List<String> roles, Map<String, String> claims) {
        var builder = Jwt.issuer(ISSUER)
                .audience("handreiking-api")
                .subject("kc-user-42")
                .claim("name", "K. Cloak")
                .claim("realm_access", Map.of("roles", roles));
        claims.forEach(builder::claim);
        return builder.expiresIn(600).sign(PROVIDER_KEYS.getPrivate());
    }

    @Test
    void aProviderTokenGivesTheMappedRoleAndOrganisation() {
        given().header(
                        "Authorization",
                        "Bearer " + providerToken(List.of("offline_access", "support"), Map.of("organisation", "COA")))
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200)
                .body("kind", equalTo("user"))
                .body("role", equalTo("support"))
                .body("organisationCode", equalTo("COA"))
                .body("name", equalTo("K. Cloak"))
                .body("id", equalTo("kc-user-42"));
    }

    @Test
    void aProviderAdministratorMayUseTheAdministration() {
        given().header("Authorization", "Bearer " + providerToken(List.of("admin"), Map.of("organisation", "BZK")))
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200);
    }

    @Test
    void aProviderTokenWithoutAKnownRoleIsRefused() {
        assertProblem(
                given().header("Authorization", "Bearer " + providerToken(List.of("offline_access"), Map.of()))
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
    }

    @Test
    void theBuiltInSignInIsOff() {
        assertProblem(
                given().contentType(io.restassured.http.ContentType.JSON)
                        .body(Map.of("email", "admin@handreiking.test", "password", "demo-wachtwoord"))
                        .when()
                        .post("/api/v1/sessions")
                        .then(),
                403);
    }

    @Test
    void ourOwnTokensNoLongerCount() {
        String ours = tokens.forPerson(UUID.randomUUID(), "someone@example.test", "Someone", "admin", UUID.randomUUID())
                .token();
        assertProblem(
                givenInvalid()
                        .header("Authorization", "Bearer " + ours)
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
    }
}
