package nl.handreiking.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The RSA key pair that signs our tokens. When none is configured, the launcher keeps one in a folder
 * (made on first start), so that tokens survive a restart without any setup. The private key is the
 * owner's alone (0600, in a 0700 folder).
 */
public final class SigningKeys {

    private SigningKeys() {}

    /** Makes the key pair in {@code folder} when it is missing and returns the settings that use it. */
    public static Map<String, String> ensure(Path folder) {
        Path privateKey = folder.resolve("signing-key.pem");
        Path publicKey = folder.resolve("signing-key.pub.pem");
        try {
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                KeyPair pair = generate();
                write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
                writePrivate(privateKey, pair.getPrivate().getEncoded());
            }
            ownerOnly(privateKey, "rw-------"); // also closes a key that an earlier version left readable (0644)
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the signing keys in " + folder, e);
        }
        return Map.of(
                "smallrye.jwt.sign.key.location", privateKey.toUri().toString(),
                "mp.jwt.verify.publickey.location", publicKey.toUri().toString());
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

    public static void write(Path file, String type, byte[] der) throws IOException {
        Files.writeString(file, pem(type, der));
    }

    /** The private key is created owner-only (0600) before a byte is written, so it is never readable by others. */
    private static void writePrivate(Path file, byte[] der) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, pem("PRIVATE KEY", der));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
