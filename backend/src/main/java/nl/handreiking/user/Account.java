package nl.handreiking.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Role;

/** A person who signs in: an official, a support-team member, an editor or an administrator. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    public String role;

    @Column(name = "organisation_code")
    public String organisationCode;

    @Column(name = "region_code")
    public String regionCode;

    public boolean active;
    public boolean demo;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<Account> findByEmail(String email) {
        return find("email", email.trim().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    Role roleValue() {
        return Role.of(role).orElseThrow();
    }

    /** The caller this account is when it acts (also for work done on its behalf, such as the example signals). */
    public Caller toCaller() {
        return new Caller(
                Caller.Kind.USER,
                id.toString(),
                displayName,
                Optional.of(roleValue()),
                Set.of(),
                Optional.ofNullable(organisationCode),
                Optional.ofNullable(regionCode));
    }
}
