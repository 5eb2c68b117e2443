package nl.handreiking.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Remembers in the database which starting data it holds, so that a start with unchanged data skips the loaders
 * (migration V121). The fingerprint of a loader covers its own compiled code, the files it reads and the schema
 * version: any change to one of them makes it run again, once.
 */
@ApplicationScoped
public class StartingData {

    private static final String RECORD = """
            INSERT INTO starting_data (loader, fingerprint) VALUES (?1, ?2)
            ON CONFLICT (loader) DO UPDATE SET fingerprint = excluded.fingerprint, loaded_at = now()
            """;

    private final EntityManager em;

    StartingData(EntityManager em) {
        this.em = em;
    }

    /**
     * True when this database already holds what {@code loader} loads from {@code resources} as they are now.
     * Otherwise records them as loaded, in the caller's transaction (the record commits exactly with the data),
     * and returns false: the caller loads.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upToDate(Class<?> loader, String... resources) {
        String fingerprint = fingerprint(loader, resources);
        List<?> recorded = em.createNativeQuery("SELECT 1 FROM starting_data WHERE loader = ?1 AND fingerprint = ?2")
                .setParameter(1, loader.getSimpleName())
                .setParameter(2, fingerprint)
                .getResultList();
        if (!recorded.isEmpty()) {
            return true;
        }
        em.createNativeQuery(RECORD)
                .setParameter(1, loader.getSimpleName())
                .setParameter(2, fingerprint)
                .executeUpdate();
        return false;
    }

    private String fingerprint(Class<?> loader, String... resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes(loader, loader.getName().replace('.', '/') + ".class"));
            for (String resource : resources) {
                digest.update(bytes(loader, resource.startsWith("/") ? resource.substring(1) : resource));
            }
            Object schema = em.createNativeQuery(
                            "SELECT coalesce(max(installed_rank), 0) FROM flyway_schema_history WHERE success")
                    .getSingleResult();
            digest.update(String.valueOf(schema).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Class<?> loader, String resource) {
        try (InputStream in = Objects.requireNonNull(
                loader.getClassLoader().getResourceAsStream(resource), () -> "no resource " + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
