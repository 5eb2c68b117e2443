package nl.handreiking.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
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
class Callers {

    /** The attribute of the security identity that holds the caller. */
    static final String ATTRIBUTE = "handreiking.caller";

    private final HandreikingConfig.Auth.External external;
    private final PersonCallers persons;
    private final ClientCallers clients;

    Callers(HandreikingConfig config, PersonCallers persons, ClientCallers clients) {
        this.external = config.auth().external();
        this.persons = persons;
        this.clients = clients;
    }

    /** The caller of a request, if it is signed in. */
    static Optional<Caller> of(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous()
                ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
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
        return subject.startsWith(Tokens.CLIENT_PREFIX)
                ? client(subject.substring(Tokens.CLIENT_PREFIX.length()), token)
                : person(subject, token);
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
        return persons.find(accountId, sessionId);
    }

    private Optional<Caller> client(String clientId, JsonWebToken token) {
        Set<Scope> granted = token.getGroups().stream()
                .map(Scope::of)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return clients.find(clientId, granted);
    }

    private Optional<Caller> fromExternalClaims(JsonWebToken token) {
        Optional<Role> role = token.getGroups().stream()
                .map(Role::of)
                .flatMap(Optional::stream)
                .findFirst();
        Set<Scope> scopes = token.getGroups().stream()
                .map(Scope::of)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (role.isEmpty() && scopes.isEmpty()) {
            return Optional.empty();
        }
        String name = Optional.ofNullable(token.<String>getClaim("name")).orElse(token.getName());
        Caller.Kind kind = role.isPresent() ? Caller.Kind.USER : Caller.Kind.CLIENT;
        return Optional.of(new Caller(
                kind,
                token.getSubject(),
                name,
                role,
                scopes,
                Optional.ofNullable(token.<Object>getClaim(external.organisationClaim()))
                        .map(String::valueOf),
                Optional.ofNullable(token.<Object>getClaim(external.regionClaim()))
                        .map(String::valueOf)));
    }
}
