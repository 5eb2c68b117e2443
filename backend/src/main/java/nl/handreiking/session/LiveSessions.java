package nl.handreiking.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.PersonCallers;
import nl.handreiking.user.Account;

/** A person's token counts only while its session is live and its account active. */
@ApplicationScoped
class LiveSessions implements PersonCallers {

    /** One query on every signed-in call: the account, only when its session is live and the account active. */
    private static final String LIVE = "select a from Account a, AuthSession s where s.id = ?1 and s.accountId = a.id"
            + " and a.id = ?2 and a.active = true and s.revokedAt is null and s.expiresAt > ?3";

    @Override
    public Optional<Caller> find(UUID accountId, UUID sessionId) {
        return Account.<Account>find(LIVE, sessionId, accountId, OffsetDateTime.now())
                .singleResultOptional()
                .map(Account::toCaller);
    }
}
