package nl.handreiking.apiclient;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Passwords;
import nl.handreiking.identity.Scope;
import nl.handreiking.identity.Tokens;
import nl.handreiking.session.SignInThrottle;

/** The OAuth2 client-credentials grant: another government system exchanges its id and secret for a token. */
@ApplicationScoped
@Transactional(Transactional.TxType.NEVER)
class ClientTokenService {

    static final String GRANT_TYPE = "client_credentials";

    private final Tokens tokens;
    private final SignInThrottle throttle;

    ClientTokenService(Tokens tokens, SignInThrottle throttle) {
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** A token for a client, with the scopes it asked for (all of its own when it named none). */
    record Granted(Tokens.Issued token, Set<Scope> scopes) {}

    Granted grant(String grantType, String clientId, String clientSecret, String requestedScope, String clientAddress) {
        if (grantType == null || grantType.isBlank()) {
            throw ProblemException.badRequest("grant_type", Messages.text("reason.grantTypeRequired"));
        }
        if (!GRANT_TYPE.equals(grantType)) {
            throw ProblemException.badRequest("grant_type", Messages.text("reason.grantTypeUnsupported"))
                    .withOAuthError("unsupported_grant_type");
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw ProblemException.unauthorized(Messages.text("detail.sendClientCredentials"));
        }
        List<String> keys = SignInThrottle.keys("client:" + clientId, clientAddress);
        throttle.waitFor(keys).ifPresent(wait -> {
            throw ProblemException.tooManyRequests(Messages.text("detail.tooManyClientAttempts"), wait);
        });
        Optional<ApiClient> client = ApiClient.findByClientId(clientId);
        boolean valid =
                Passwords.matches(clientSecret, client.map(c -> c.secretHash)) && client.get().revokedAt == null;
        if (!valid) {
            throttle.failed(keys);
            throw ProblemException.unauthorized(Messages.text("detail.clientRefused"));
        }
        Set<Scope> own = client.get().scopeSet();
        Set<Scope> scopes = requestedScope == null || requestedScope.isBlank() ? own : requested(requestedScope, own);
        Log.infof("Token issued to client %s", clientId);
        return new Granted(tokens.forClient(client.get().clientId, client.get().name, scopes), scopes);
    }

    private static Set<Scope> requested(String requestedScope, Set<Scope> own) {
        Set<Scope> scopes = new HashSet<>();
        for (String name : Arrays.stream(requestedScope.trim().split("\\s+")).toList()) {
            Scope scope = Scope.of(name)
                    .filter(own::contains)
                    .orElseThrow(
                            () -> ProblemException.badRequest("scope", Messages.text("reason.scopeNotGranted", name))
                                    .withOAuthError("invalid_scope"));
            scopes.add(scope);
        }
        return scopes;
    }
}
