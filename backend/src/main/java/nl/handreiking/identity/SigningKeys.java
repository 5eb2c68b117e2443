package nl.handreiking.identity;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.handreiking.common.ClusterJobs;
import nl.handreiking.common.HandreikingConfig;

/**
 * The RS256 keys that sign and verify our tokens, as this instance knows them: a copy of the database's key
 * set ({@link SigningKeyStore}), read again every minute and at once when a token names a kid not seen yet,
 * so that a key another instance made is accepted on first sight. One instance of the cluster rotates and
 * retires keys ({@link #rotate}).
 */
@ApplicationScoped
public class SigningKeys {

    /** Allowance for clocks of instances and other systems that differ a little. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(1);

    /** A key this instance knows: its public half, its private half still sealed, and when it signs. */
    record Key(
            String kid,
            RSAPublicKey publicKey,
            byte[] sealedPrivateKey,
            int generation,
            Instant activeFrom,
            Instant signsUntil) {

        /** Up to the clock skew early: a key just made by the database (whose clock may run ahead) signs at once. */
        boolean signsAt(Instant now) {
            return !activeFrom.isAfter(now.plus(CLOCK_SKEW)) && signsUntil.isAfter(now);
        }
    }

    /** The key that signs now: its kid goes into the token's header. */
    public record Signer(String kid, PrivateKey privateKey) {}

    private record Ring(List<Key> keys, Instant loadedAt) {}

    private final SigningKeyStore store;
    private final KeySeal seal;
    private final ClusterJobs jobs;
    private final HandreikingConfig.Auth config;
    private final Map<String, PrivateKey> opened = new ConcurrentHashMap<>();
    private volatile Ring ring = new Ring(List.of(), Instant.EPOCH);

    SigningKeys(SigningKeyStore store, KeySeal seal, ClusterJobs jobs, HandreikingConfig config) {
        this.store = store;
        this.seal = seal;
        this.jobs = jobs;
        this.config = config.auth();
    }

    /** A first key before the first sign-in; a database that is away now leaves it to the first token. */
    void start(@Observes StartupEvent event) {
        if (config.external().enabled()) {
            return;
        }
        seal.check(); // no usable secret: refuse to start rather than fail every sign-in
        try {
            store.ensureNext(config.signingKeyRotation());
            reload();
        } catch (RuntimeException e) {
            Log.warnf("No signing keys read at start (%s); they are read at the first token", e.getMessage());
        }
    }

    /** Every instance asks each minute; one of the cluster rotates and retires, every five minutes. */
    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.external().enabled()) {
            jobs.runIfDue("signing-keys", Duration.ofMinutes(5), Duration.ofMinutes(2), this::rotate);
        }
    }

    /** Makes the next key ahead of time, retires the keys whose tokens have all expired, and reads the set again. */
    void rotate() {
        store.ensureNext(config.signingKeyRotation());
        store.retire(verifyLonger());
        reload();
    }

    /** The key to sign with now, made first when the database has none that signs now. */
    public Signer signer() {
        Instant now = Instant.now();
        Optional<Key> current = current(ring(), now);
        if (current.isEmpty()) {
            current = current(reload(), now);
        }
        if (current.isEmpty()) {
            store.ensureNext(config.signingKeyRotation());
            current = current(reload(), now);
        }
        Key key = current.orElseThrow(() -> new IllegalStateException("No signing key signs now"));
        return new Signer(key.kid(), opened.computeIfAbsent(key.kid(), kid -> privateKey(key)));
    }

    /** The public key of {@code kid} while it still verifies; an unknown kid makes this instance read the set again. */
    public Optional<RSAPublicKey> verifying(String kid) {
        Ring seen = ring();
        Optional<Key> known = find(seen, kid);
        if (known.isEmpty() && Instant.now().isAfter(seen.loadedAt().plus(RELOAD_AT_MOST_EVERY))) {
            known = find(reloadUnlessNewer(seen), kid);
        }
        return known.map(Key::publicKey);
    }

    /** Every key that still verifies, for the JWKS. */
    public List<Key> published() {
        Instant now = Instant.now();
        return ring().keys().stream().filter(key -> verifies(key, now)).toList();
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Key> find(Ring known, String kid) {
        Instant now = Instant.now();
        return known.keys().stream()
                .filter(key -> key.kid().equals(kid) && verifies(key, now))
                .findFirst();
    }

    /** A key verifies until every token it signed has expired: one token lifespan after it stopped signing. */
    private boolean verifies(Key key, Instant now) {
        return key.signsUntil().plus(verifyLonger()).isAfter(now);
    }

    private Duration verifyLonger() {
        return config.accessTokenLifespan().plus(CLOCK_SKEW);
    }

    private static Optional<Key> current(Ring known, Instant now) {
        return known.keys().stream()
                .filter(key -> key.signsAt(now))
                .reduce((older, newer) -> newer.generation() > older.generation() ? newer : older);
    }

    private Ring ring() {
        Ring known = ring;
        return Instant.now().isAfter(known.loadedAt().plus(FRESH)) ? reloadUnlessNewer(known) : known;
    }

    /** Many requests find the copy stale at once: the first reads the set, the others take what it read. */
    private synchronized Ring reloadUnlessNewer(Ring seen) {
        return ring == seen ? reload() : ring;
    }

    private synchronized Ring reload() {
        List<Key> keys =
                store.verifying(verifyLonger()).stream().map(SigningKeys::key).toList();
        opened.keySet().retainAll(keys.stream().map(Key::kid).toList());
        ring = new Ring(keys, Instant.now());
        return ring;
    }

    private static Key key(SigningKeyStore.Stored stored) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey)
                    KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(stored.publicKey()));
            return new Key(
                    stored.kid(),
                    publicKey,
                    stored.sealedPrivateKey(),
                    stored.generation(),
                    stored.activeFrom(),
                    stored.signsUntil());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + stored.kid() + " is not an RSA public key", e);
        }
    }

    private PrivateKey privateKey(Key key) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(seal.open(key.kid(), key.sealedPrivateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + key.kid() + " is not an RSA private key", e);
        }
    }
}
