package nl.handreiking.identity;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.handreiking.common.HandreikingConfig;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * Publishes the public keys that verify our tokens ({@code /.well-known/jwks.json}, RFC 7517) and where to find
 * them ({@code /.well-known/openid-configuration}), so that other government systems verify our tokens without
 * calling us. Both may be cached for {@link #MAX_AGE_SECONDS}: a new key is published an hour before it signs.
 * With an external identity provider that provider publishes its own, and these paths are not found.
 */
@ApplicationScoped
class WellKnown {

    static final String JWKS = "/.well-known/jwks.json";
    static final String DISCOVERY = "/.well-known/openid-configuration";
    static final int MAX_AGE_SECONDS = 300;

    private final SigningKeys keys;
    private final HandreikingConfig config;

    WellKnown(SigningKeys keys, HandreikingConfig config) {
        this.keys = keys;
        this.config = config;
    }

    void routes(@Observes Router router) {
        if (config.auth().external().enabled()) {
            return;
        }
        router.get(JWKS).blockingHandler(ctx -> answer(ctx, "application/jwk-set+json", jwks()), false);
        router.get(DISCOVERY).handler(ctx -> answer(ctx, "application/json", discovery()));
    }

    private String jwks() {
        JsonArray published = new JsonArray();
        keys.published().forEach(key -> {
            RsaJsonWebKey jwk = new RsaJsonWebKey(key.publicKey());
            jwk.setKeyId(key.kid());
            jwk.setUse("sig");
            jwk.setAlgorithm("RS256");
            published.add(new JsonObject(jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        });
        return new JsonObject().put("keys", published).encode();
    }

    /** OpenID Provider Metadata (and RFC 8414) for what we do: client credentials at the token endpoint, RS256. */
    private String discovery() {
        String base = config.publicUrlBase();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", config.auth().issuer());
        metadata.put("jwks_uri", base + JWKS);
        metadata.put("token_endpoint", base + "/api/v1/oauth/token");
        metadata.put("grant_types_supported", JsonArray.of("client_credentials"));
        metadata.put(
                "token_endpoint_auth_methods_supported", JsonArray.of("client_secret_basic", "client_secret_post"));
        metadata.put(
                "response_types_supported", new JsonArray()); // no authorization endpoint: people sign in at /sessions
        metadata.put("subject_types_supported", JsonArray.of("public"));
        metadata.put("id_token_signing_alg_values_supported", JsonArray.of("RS256"));
        metadata.put(
                "scopes_supported",
                new JsonArray(Arrays.stream(Scope.values()).map(Scope::apiValue).toList()));
        metadata.put(
                "claims_supported",
                JsonArray.of("iss", "aud", "sub", "exp", "iat", "jti", "upn", "name", "groups", "scope", "sid"));
        metadata.put("service_documentation", base + "/q/swagger-ui");
        return new JsonObject(metadata).encode();
    }

    private static void answer(RoutingContext ctx, String contentType, String body) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .end(body);
    }
}
