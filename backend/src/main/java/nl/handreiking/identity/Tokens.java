package nl.handreiking.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.handreiking.common.HandreikingConfig;

/** Signs the short-lived RS256 access tokens for people and for other government systems, with the kid of the key. */
@ApplicationScoped
public class Tokens {

    /** The claim that names the session of a person's token. */
    public static final String SESSION_CLAIM = "sid";

    static final String CLIENT_PREFIX = "client:";

    private final HandreikingConfig.Auth config;
    private final SigningKeys keys;

    Tokens(HandreikingConfig config, SigningKeys keys) {
        this.config = config.auth();
        this.keys = keys;
    }

    /** A signed token and when it expires. */
    public record Issued(String token, Instant expiresAt) {}

    /** A token for a person's session; {@code role} is the role's API value. */
    public Issued forPerson(UUID accountId, String email, String displayName, String role, UUID sessionId) {
        Instant expires = Instant.now().plus(config.accessTokenLifespan());
        SigningKeys.Signer signer = keys.signer();
        String token = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(accountId.toString())
                .upn(email)
                .claim("name", displayName)
                .claim(SESSION_CLAIM, sessionId.toString())
                .groups(Set.of(role))
                .expiresAt(expires)
                .jws()
                .keyId(signer.kid())
                .sign(signer.privateKey());
        return new Issued(token, expires);
    }

    /** A token for another government system, with the scopes it was granted. */
    public Issued forClient(String clientId, String name, Set<Scope> scopes) {
        Instant expires = Instant.now().plus(config.accessTokenLifespan());
        String scope = scopes.stream().map(Scope::apiValue).sorted().collect(Collectors.joining(" "));
        SigningKeys.Signer signer = keys.signer();
        String token = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(CLIENT_PREFIX + clientId)
                .claim("name", name)
                .claim("scope", scope)
                .groups(scopes.stream().map(Scope::apiValue).collect(Collectors.toSet()))
                .expiresAt(expires)
                .jws()
                .keyId(signer.kid())
                .sign(signer.privateKey());
        return new Issued(token, expires);
    }
}
