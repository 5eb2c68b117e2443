package nl.handreiking.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Attaches the {@link Caller} to every authenticated request, or fails it when the caller is no longer valid. */
@ApplicationScoped
public class IdentityCheck implements SecurityIdentityAugmentor {

    private final Callers callers;

    IdentityCheck(Callers callers) {
        this.callers = callers;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> callers.resolve(token)
                .map(caller -> withRolesOf(identity, caller))
                .orElseThrow(() -> new AuthenticationFailedException(
                        "The token's account, session or client is no longer valid")));
    }

    /** The roles come from the caller as it is now, not from the token: a changed role counts at once. */
    private static SecurityIdentity withRolesOf(SecurityIdentity identity, Caller caller) {
        Set<String> roles = new HashSet<>();
        caller.role().ifPresent(role -> roles.add(role.apiValue()));
        caller.scopes().forEach(scope -> roles.add(scope.apiValue()));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(Callers.ATTRIBUTE, caller)
                .addRoles(roles)
                .build();
    }
}
