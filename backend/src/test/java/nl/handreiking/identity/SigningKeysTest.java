package nl.handreiking.identity;

import static nl.handreiking.common.Api.assertProblem;
import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

/**
 * The signing keys every instance shares: tokens name their key, a key verifies after it stopped signing until
 * its tokens expired and not after, instances that make a key at once make one, and the JWKS shows the keys
 * that verify. Keys are aged by moving their times in the database, as the clock would.
 */
@QuarkusTest
class SigningKeysTest {

    @Inject
    SigningKeys keys;

    @Inject
    SigningKeyStore store;

    @Inject
    EntityManager em;

    @Test
    void aTokenVerifiesAfterItsKeyStopsSigningAndNoLongerOnceTheKeyIsRetired() {
        startANewKey();
        String token = SignIn.as("admin");
        String first = kid(token);
        accepted(token);

        startANewKey();
        String later = SignIn.as("admin");
        assertThat(kid(later)).as("signed by the new key").isNotEqualTo(first);
        accepted(token);

        age(first, "signs_until = now() - interval '1 day'");
        keys.rotate();
        assertThat(storedKids()).as("retired").doesNotContain(first);
        assertProblem(
                given().header("Authorization", "Bearer " + token)
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
        accepted(later);
    }

    @Test
    void instancesMakingTheNextKeyAtOnceMakeOne() {
        for (int round = 0; round < 3; round++) {
            endEverySigningKey();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> instances = new ArrayList<>();
            for (int instance = 0; instance < 4; instance++) {
                instances.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return store.ensureNext(Duration.ofDays(7));
                }));
            }
            start.countDown();
            long made = instances.stream().filter(CompletableFuture::join).count();

            assertThat(made).as("made by one of them at most").isLessThanOrEqualTo(1);
            assertThat(count("active_from <= now() AND signs_until > now()"))
                    .as("keys that sign now")
                    .isEqualTo(1);
            assertThat(count("signs_until > now()")).as("keys still to sign").isEqualTo(1);
        }
    }

    @Test
    void aTokenNamingAnUnknownKeyIsRefused() {
        String token = Jwt.issuer("https://handreiking.example.nl")
                .audience("handreiking-api")
                .subject("someone")
                .groups("admin")
                .expiresIn(600)
                .jws()
                .keyId("no-such-key")
                .sign(SigningKeys.generate().getPrivate());
        assertProblem(
                given().header("Authorization", "Bearer " + token)
                        .when()
                        .get("/api/v1/sessions/current")
                        .then(),
                401);
    }

    @Test
    void theJwksPublishesExactlyTheKeysThatVerify() {
        startANewKey();
        List<Map<String, String>> published = RestAssured.given()
                .when()
                .get(WellKnown.JWKS)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .extract()
                .jsonPath()
                .getList("keys");

        List<String> verifying = store.verifying(Duration.ofMinutes(15).plus(SigningKeys.CLOCK_SKEW)).stream()
                .map(SigningKeyStore.Stored::kid)
                .toList();
        assertThat(published).extracting(key -> key.get("kid")).containsExactlyInAnyOrderElementsOf(verifying);
        assertThat(published).allSatisfy(key -> {
            assertThat(key)
                    .containsEntry("kty", "RSA")
                    .containsEntry("use", "sig")
                    .containsEntry("alg", "RS256");
            assertThat(key).containsKeys("n", "e").doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
        });
        assertThat(verifying).contains(kid(SignIn.as("editor")));
    }

    @Test
    void theDiscoveryDocumentNamesTheKeysAndTheTokenEndpoint() {
        RestAssured.given()
                .when()
                .get(WellKnown.DISCOVERY)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("issuer", equalTo("https://handreiking.example.nl"))
                .body("jwks_uri", equalTo("https://handreiking.example.nl/.well-known/jwks.json"))
                .body("token_endpoint", equalTo("https://handreiking.example.nl/api/v1/oauth/token"))
                .body("grant_types_supported", equalTo(List.of("client_credentials")))
                .body("id_token_signing_alg_values_supported", equalTo(List.of("RS256")));
    }

    /** Ends the signing of every key now, so that the next rotation makes a key that signs from now. */
    private void startANewKey() {
        endEverySigningKey();
        keys.rotate();
    }

    private void endEverySigningKey() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE signing_key SET active_from = least(active_from, now() -"
                                        + " interval '1 minute'), signs_until = now() - interval '1 second' WHERE signs_until > now()")
                        .executeUpdate());
    }

    private void age(String kid, String times) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE signing_key SET active_from = now() - interval '2 days', "
                                + times + " WHERE kid = ?1")
                        .setParameter(1, kid)
                        .executeUpdate());
    }

    private long count(String where) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM signing_key WHERE " + where)
                                .getSingleResult())
                        .longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> storedKids() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT kid FROM signing_key").getResultList());
    }

    private static void accepted(String token) {
        given().header("Authorization", "Bearer " + token)
                .when()
                .get("/api/v1/sessions/current")
                .then()
                .statusCode(200);
    }

    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return new io.vertx.core.json.JsonObject(header).getString("kid");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
