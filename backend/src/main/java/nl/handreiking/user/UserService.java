package nl.handreiking.user;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.audit.AuditChange;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.Problem;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.QueryParams;
import nl.handreiking.common.Where;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Passwords;
import nl.handreiking.identity.Role;

/** Accounts of people: created, changed, deactivated and reset by administrators, every change audited. */
@ApplicationScoped
@Transactional
class UserService {

    private final AuditLog audit;
    private final Memberships memberships;
    private final Event<SignedOutEverywhere> signedOut;

    UserService(AuditLog audit, Memberships memberships, Event<SignedOutEverywhere> signedOut) {
        this.audit = audit;
        this.memberships = memberships;
        this.signedOut = signedOut;
    }

    /** Filters of the account list. */
    record Filter(Optional<Role> role, Optional<Boolean> active, Optional<String> text) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Account> list(Filter filter, PageRequest.Bounds bounds) {
        Where where = new Where()
                .and("role = :role", "role", filter.role().map(Role::apiValue))
                .and("active = :active", "active", filter.active())
                .and(
                        "(lower(email) like :text escape '\\' or lower(displayName) like :text escape '\\')",
                        "text",
                        filter.text().map(t -> "%" + Where.likeEscaped(t.toLowerCase(Locale.ROOT)) + "%"));
        long total = Account.count("from Account" + where.clause(), where.params());
        List<Account> items = Account.<Account>find("from Account" + where.clause() + " order by email", where.params())
                .range(bounds.offset(), bounds.lastIndex())
                .list();
        return Page.of(items, bounds, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Account> find(UUID id) {
        return Account.findByIdOptional(id);
    }

    Account create(UserRequest request, Caller actor) {
        QueryParams check = new QueryParams();
        Optional<Role> role = check.oneOf("role", request.role(), Role.class);
        role.ifPresent(r -> memberships.check(check, r, request.organisationCode(), request.regionCode()));
        Passwords.weakness(request.password(), request.email(), request.displayName())
                .ifPresent(reason -> check.reject("password", reason));
        check.throwIfInvalid();
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (Account.findByEmail(email).isPresent()) {
            throw ProblemException.conflict(Messages.text("detail.accountExists", email));
        }
        Account account = newAccount(
                email,
                request.displayName().trim(),
                role.get(),
                request.organisationCode(),
                request.regionCode(),
                Passwords.hash(request.password()),
                false);
        audit.record(
                actor,
                "created",
                "user",
                account.id.toString(),
                "Account aangemaakt voor " + email + " (" + membership(account) + ")",
                AuditChange.role(account.role));
        Log.infof("Account %s created", account.id);
        return account;
    }

    Optional<Account> change(UUID id, UserChange change, Caller actor) {
        return Account.<Account>findByIdOptional(id).map(account -> {
            if (change.displayName() != null && !change.displayName().isBlank()) {
                account.displayName = change.displayName().trim();
            }
            if (change.active() != null && change.active() != account.active) {
                if (!change.active() && account.id.toString().equals(actor.id())) {
                    throw ProblemException.badRequest(
                            List.of(new Problem.InvalidParam("active", Messages.text("reason.ownAccountActive"))));
                }
                account.active = change.active();
                if (!account.active) {
                    signedOut.fire(new SignedOutEverywhere(account.id));
                }
            }
            account.updatedAt = OffsetDateTime.now();
            audit.record(
                    actor,
                    account.active ? "changed" : "deactivated",
                    "user",
                    account.id.toString(),
                    "Account " + account.email + (account.active ? " gewijzigd" : " gedeactiveerd"));
            return account;
        });
    }

    Optional<String> resetPassword(UUID id, Caller actor) {
        return Account.<Account>findByIdOptional(id).map(account -> {
            String temporary = Passwords.temporary();
            account.passwordHash = Passwords.hash(temporary);
            account.updatedAt = OffsetDateTime.now();
            signedOut.fire(new SignedOutEverywhere(account.id));
            audit.record(
                    actor,
                    "password-reset",
                    "user",
                    account.id.toString(),
                    "Wachtwoord opnieuw ingesteld voor " + account.email);
            return temporary;
        });
    }

    static Account newAccount(
            String email,
            String displayName,
            Role role,
            String organisationCode,
            String regionCode,
            String passwordHash,
            boolean demo) {
        OffsetDateTime now = OffsetDateTime.now();
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.email = email;
        account.displayName = displayName;
        account.role = role.apiValue();
        account.organisationCode = role.belongsToRegion() ? null : organisationCode;
        account.regionCode = role.belongsToRegion() ? regionCode : null;
        account.passwordHash = passwordHash;
        account.active = true;
        account.demo = demo;
        account.createdAt = now;
        account.updatedAt = now;
        account.persist();
        return account;
    }

    private static String membership(Account account) {
        return account.organisationCode != null ? account.organisationCode : account.regionCode;
    }
}
