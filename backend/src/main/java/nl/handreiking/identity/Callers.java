package nl.handreiking.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.handreiking.common.HandreikingConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified token into a {@link Caller}, refusing it when the person was deactivated, the session
 * ended or the client was revoked since the token was signed: that takes effect from the next call.
 */
@ApplicationScoped
public class Callers {

    /** The attribute of the security identity that holds the caller. */
    public static final String ATTRIBUTE = "handreiking.caller";

    private final HandreikingConfig.Auth.External external;

    Callers(HandreikingConfig config) {
        this.external = config.auth().external();
    }

    /** The caller of a request, if it is signed in. */
    public static Optional<Caller> of(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? Optional.empty() : Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Caller> resolve(JsonWebToken token) {
        if (external.enabled()) {
            return fromExternalClaims(token);
        }
        String subject = token.getSubject();
        if (subject == null) {
            return Optional.empty();
        }
        return subject.startsWith(Tokens.CLIENT_PREFIX) ? client(subject.substring(Tokens.CLIENT_PREFIX.length()), token) : person(subject, token);
    }

    private Optional<Caller> person(String subject, JsonWebToken token) {
        UUID accountId;
        UUID sessionId;
        try {
            accountId = UUID.fromString(subject);
            sessionId = UUID.fromString(String.valueOf(token.<Object>getClaim(Tokens.SESSION_CLAIM)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<AuthSession> session = AuthSession.<AuthSession>findByIdOptional(sessionId)
                .filter(s -> s.accountId.equals(accountId) && s.isLive(OffsetDateTime.now()));
        return session.flatMap(s -> Account.<Account>findByIdOptional(accountId))
                .filter(account -> account.active)
                .map(Callers::toCaller);
    }

    private Optional<Caller> client(String clientId, JsonWebToken token) {
        Set<Scope> granted = token.getGroups().stream().map(Scope::of).flatMap(Optional::stream).collect(Collectors.toSet());
        return ApiClient.findByClientId(clientId)
                .filter(client -> client.revokedAt == null)
                .map(client -> new Caller(Caller.Kind.CLIENT, client.clientId, client.name, Optional.empty(),
                        granted.stream().filter(client.scopeSet()::contains).collect(Collectors.toSet()),
                        Optional.ofNullable(client.organisationCode), Optional.ofNullable(client.regionCode)));
    }

    private Optional<Caller> fromExternalClaims(JsonWebToken token) {
        Optional<Role> role = token.getGroups().stream().map(Role::of).flatMap(Optional::stream).findFirst();
        Set<Scope> scopes = token.getGroups().stream().map(Scope::of).flatMap(Optional::stream).collect(Collectors.toSet());
        if (role.isEmpty() && scopes.isEmpty()) {
            return Optional.empty();
        }
        String name = Optional.ofNullable(token.<String>getClaim("name")).orElse(token.getName());
        Caller.Kind kind = role.isPresent() ? Caller.Kind.USER : Caller.Kind.CLIENT;
        return Optional.of(new Caller(kind, token.getSubject(), name, role, scopes,
                Optional.ofNullable(token.<Object>getClaim(external.organisationClaim())).map(String::valueOf),
                Optional.ofNullable(token.<Object>getClaim(external.regionClaim())).map(String::valueOf)));
    }

    /** The caller an account is when it acts (used for work done on its behalf, such as the example signals). */
    public static Caller toCaller(Account account) {
        return new Caller(Caller.Kind.USER, account.id.toString(), account.displayName, Optional.of(account.roleValue()), Set.of(),
                Optional.ofNullable(account.organisationCode), Optional.ofNullable(account.regionCode));
    }
}
