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

    @Override
    public Optional<Caller> find(UUID accountId, UUID sessionId) {
        Optional<AuthSession> session = AuthSession.<AuthSession>findByIdOptional(sessionId)
                .filter(s -> s.accountId.equals(accountId) && s.isLive(OffsetDateTime.now()));
        return session.flatMap(s -> Account.<Account>findByIdOptional(accountId))
                .filter(account -> account.active)
                .map(Account::toCaller);
    }
}
