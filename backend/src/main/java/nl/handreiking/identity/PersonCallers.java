package nl.handreiking.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * The person a token of ours names, as that person is now: provided by the session feature, so that
 * identity needs to know nothing of sessions or accounts.
 */
public interface PersonCallers {

    /** The caller, if the session is still live, belongs to the account, and the account is active. */
    Optional<Caller> find(UUID accountId, UUID sessionId);
}
