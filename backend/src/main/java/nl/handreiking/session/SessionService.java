package nl.handreiking.session;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Passwords;
import nl.handreiking.identity.Secrets;
import nl.handreiking.identity.Tokens;
import nl.handreiking.user.Account;
import nl.handreiking.user.SignedOutEverywhere;

/**
 * Signing in and out, and refreshing a session with a single-use refresh token. A refresh token that is
 * presented a second time ends the session: someone else may have it. Any other secret is just refused.
 */
@ApplicationScoped
@Transactional
class SessionService {

    private final Tokens tokens;
    private final SignInThrottle throttle;
    private final HandreikingConfig.Auth config;

    SessionService(Tokens tokens, SignInThrottle throttle, HandreikingConfig config) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.config = config.auth();
    }

    /** A new or refreshed session: the access token, and the refresh token for the cookie. */
    record Started(Account account, Tokens.Issued access, String refreshToken, OffsetDateTime sessionExpiresAt) {}

    @Transactional(Transactional.TxType.NEVER) // throttling commits on its own, whatever the outcome
    Started signIn(String email, String password, String clientAddress) {
        refuseWithExternalProvider();
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        List<String> keys = SignInThrottle.keys(normalised, clientAddress);
        throttle.waitFor(keys).ifPresent(wait -> {
            throw ProblemException.tooManyRequests(Messages.text("detail.tooManySignIns"), wait);
        });
        Optional<Account> account = Account.findByEmail(normalised);
        boolean valid = Passwords.matches(password, account.map(a -> a.passwordHash)) && account.get().active;
        if (!valid) {
            throttle.failed(keys);
            Log.infof("Sign-in refused from %s", clientAddress);
            throw ProblemException.unauthorized(Messages.text("detail.wrongCredentials"));
        }
        throttle.succeeded(keys.get(0));
        return start(account.get());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Started start(Account account) {
        OffsetDateTime now = OffsetDateTime.now();
        AuthSession session = new AuthSession();
        session.id = UUID.randomUUID();
        session.accountId = account.id;
        session.createdAt = now;
        session.refreshedAt = now;
        session.expiresAt = now.plus(config.sessionLifespan());
        String secret = Secrets.random(32);
        session.refreshHash = Secrets.sha256(secret);
        session.persist();
        Log.infof("Session %s started for account %s", session.id, account.id);
        return started(account, session, secret);
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    Started refresh(String refreshToken) {
        refuseWithExternalProvider();
        int dot = refreshToken == null ? -1 : refreshToken.indexOf('.');
        Optional<AuthSession> found = Optional.empty();
        if (dot > 0) {
            try { // locked, so that two refreshes with the same secret cannot both succeed
                found = AuthSession.findByIdOptional(
                        UUID.fromString(refreshToken.substring(0, dot)), LockModeType.PESSIMISTIC_WRITE);
            } catch (IllegalArgumentException e) {
                // not one of ours: refused below
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        AuthSession session = found.filter(s -> s.isLive(now)).orElseThrow(SessionService::ended);
        String digest = Secrets.sha256(refreshToken.substring(dot + 1));
        if (!Secrets.sameDigest(session.refreshHash, digest)) {
            if (RotatedRefresh.isRotatedFrom(session, digest)) {
                session.revokedAt = now;
                Log.warnf("Session %s ended: a refresh token was used twice", session.id);
                throw ProblemException.unauthorized(Messages.text("detail.refreshReused"));
            }
            Log.infof("Refresh of session %s refused: an unknown refresh token", session.id);
            throw ended(); // a guess, not a stolen copy: the session goes on
        }
        Account account = Account.<Account>findByIdOptional(session.accountId)
                .filter(a -> a.active)
                .orElseThrow(() -> ProblemException.unauthorized(Messages.text("detail.wrongCredentials")));
        RotatedRefresh.keep(session, now);
        String secret = Secrets.random(32);
        session.refreshHash = Secrets.sha256(secret);
        session.refreshedAt = now;
        return started(account, session, secret);
    }

    private Started started(Account account, AuthSession session, String secret) {
        var access = tokens.forPerson(account.id, account.email, account.displayName, account.role, session.id);
        return new Started(account, access, session.id + "." + secret, session.expiresAt);
    }

    private static ProblemException ended() {
        return ProblemException.unauthorized(Messages.text("detail.sessionOver"));
    }

    /** With an external identity provider our own tokens would not verify: signing in happens there. */
    private void refuseWithExternalProvider() {
        if (config.external().enabled()) {
            throw ProblemException.forbidden(Messages.text("detail.externalIdp"));
        }
    }

    /** Ends the session of the caller's token; its access tokens are refused from the next call. */
    void signOut(UUID sessionId) {
        AuthSession.<AuthSession>findByIdOptional(sessionId)
                .filter(s -> s.revokedAt == null)
                .ifPresent(s -> {
                    s.revokedAt = OffsetDateTime.now();
                    Log.infof("Session %s ended by sign-out", s.id);
                });
    }

    /** Ends every session of an account, after deactivation or a password reset (in the transaction of that change). */
    void endAllSessions(@Observes SignedOutEverywhere account) {
        AuthSession.update(
                "revokedAt = ?1 where accountId = ?2 and revokedAt is null", OffsetDateTime.now(), account.accountId());
    }
}
