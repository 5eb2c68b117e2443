package nl.handreiking.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The RSA key pair that signs our tokens. When none is configured, the launcher keeps one in a folder
 * (made on first start), so that tokens survive a restart without any setup.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    /** Makes the key pair in {@code folder} when it is missing and returns the settings that use it. */
    public static Map<String, String> ensure(Path folder) {
        Path privateKey = folder.resolve("signing-key.pem");
        Path publicKey = folder.resolve("signing-key.pub.pem");
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                Files.createDirectories(folder);
                KeyPair pair = generate();
                write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
                write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
            }
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
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }
}
