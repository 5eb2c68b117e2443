package nl.handreiking.identity;

import java.util.Optional;
import java.util.Set;

/**
 * The other government system a token of ours names, as it is now: provided by the API-client feature,
 * so that identity needs to know nothing of how clients are kept.
 */
public interface ClientCallers {

    /** The caller, if the client is not revoked, with those of the token's scopes the client still has. */
    Optional<Caller> find(String clientId, Set<Scope> granted);
}
