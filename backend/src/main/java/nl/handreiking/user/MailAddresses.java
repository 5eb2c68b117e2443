package nl.handreiking.user;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.identity.Role;

/**
 * Where other features send their e-mails: the addresses of active accounts only, so that no feature
 * reads accounts (with their password hashes) itself.
 */
@ApplicationScoped
public class MailAddresses {

    /** The active support team members of an organisation. */
    public List<String> supportTeam(String organisationCode) {
        return Account.<Account>list(
                        "role = ?1 and organisationCode = ?2 and active = true",
                        Role.SUPPORT.apiValue(),
                        organisationCode)
                .stream()
                .map(account -> account.email)
                .toList();
    }

    /** The address of a person's account, while it is active. */
    public Optional<String> activePerson(UUID accountId) {
        return Account.<Account>findByIdOptional(accountId)
                .filter(account -> account.active)
                .map(account -> account.email);
    }
}
