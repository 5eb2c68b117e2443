package nl.handreiking.user;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.identity.Passwords;
import nl.handreiking.identity.Role;

/**
 * At start: the demo accounts for every role, only with the embedded database (never with a configured
 * one), and the first administrator from configuration when no administrator exists yet.
 */
@ApplicationScoped
class DemoAccounts {

    static final String DEMO_PASSWORD = "demo-wachtwoord";
    /** Observers run by ascending priority; the regions (default priority) must be there first. */
    private static final int STARTUP_AFTER_REFERENCE_DATA = jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000;

    /** One demo account. */
    record Demo(String email, String name, Role role, String organisation, String region) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@handreiking.test", "Beheerder Handreiking (demo)", Role.ADMIN, "BZK", null),
            new Demo("redacteur@bzk.handreiking.test", "Redacteur BZK (demo)", Role.EDITOR, "BZK", null),
            new Demo("team@coa.handreiking.test", "Ondersteuningsteam COA (demo)", Role.SUPPORT, "COA", null),
            new Demo("team@jenv.handreiking.test", "Ondersteuningsteam JenV (demo)", Role.SUPPORT, "JENV", null),
            new Demo("team@bzk.handreiking.test", "Ondersteuningsteam BZK (demo)", Role.SUPPORT, "BZK", null),
            new Demo("gemeente.utrecht@handreiking.test", "Gemeente Utrecht (demo)", Role.MUNICIPALITY, null, "GM0344"),
            new Demo(
                    "gemeente.amsterdam@handreiking.test",
                    "Gemeente Amsterdam (demo)",
                    Role.MUNICIPALITY,
                    null,
                    "GM0363"),
            new Demo(
                    "provincie.gelderland@handreiking.test",
                    "Provincie Gelderland (demo)",
                    Role.PROVINCE,
                    null,
                    "PV25"));

    private final HandreikingConfig config;
    private final AuditLog audit;

    DemoAccounts(HandreikingConfig config, AuditLog audit) {
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    void load(@Observes @Priority(STARTUP_AFTER_REFERENCE_DATA) StartupEvent start) {
        if (config.database().embedded()) {
            List<Demo> missing = ACCOUNTS.stream()
                    .filter(demo -> Account.findByEmail(demo.email()).isEmpty())
                    .toList();
            if (!missing.isEmpty()) {
                String hash = Passwords.hash(DEMO_PASSWORD); // one hash for all: they share the demo password
                missing.forEach(demo -> {
                    Account account = UserService.newAccount(
                            demo.email(), demo.name(), demo.role(), demo.organisation(), demo.region(), hash, true);
                    audit.recordSystem(
                            "created", "user", account.id.toString(), "Demo-account " + demo.email() + " aangemaakt");
                });
                Log.infof("Demo accounts created: %d", missing.size());
            }
        }
        bootstrapAdmin();
    }

    private void bootstrapAdmin() {
        var auth = config.auth();
        if (auth.bootstrapAdminEmail().isEmpty() || Account.count("role", Role.ADMIN.apiValue()) > 0) {
            return;
        }
        String password = auth.bootstrapAdminPassword()
                .orElseThrow(() -> new IllegalStateException(
                        "handreiking.auth.bootstrap-admin-password is required with bootstrap-admin-email"));
        Passwords.weakness(password, auth.bootstrapAdminEmail().get()).ifPresent(reason -> {
            throw new IllegalStateException("handreiking.auth.bootstrap-admin-password " + reason);
        });
        String email = auth.bootstrapAdminEmail().get().trim().toLowerCase(Locale.ROOT);
        Account admin = UserService.newAccount(
                email,
                "Beheerder",
                Role.ADMIN,
                auth.bootstrapAdminOrganisation(),
                null,
                Passwords.hash(password),
                false);
        audit.recordSystem(
                "created",
                "user",
                admin.id.toString(),
                "Eerste beheerder " + email + " aangemaakt uit de configuratie");
        Log.infof("First administrator %s created from configuration", admin.id);
    }
}
