package nl.handreiking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The private signing key is readable by its owner only, in a folder only its owner can open. */
class SigningKeysTest {

    @TempDir
    Path temp;

    @Test
    void aNewPrivateKeyIsWrittenOwnerOnlyInAnOwnerOnlyFolder() throws IOException {
        Path folder = temp.resolve("data").resolve("keys");
        SigningKeys.ensure(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("signing-key.pem"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }

    @Test
    void aKeyLeftReadableByOthersIsClosedOnTheNextStart() throws IOException {
        Path folder = temp.resolve("keys");
        SigningKeys.ensure(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder.resolve("signing-key.pem"), PosixFilePermissions.fromString("rw-r--r--"));
        String before = Files.readString(folder.resolve("signing-key.pem"));

        SigningKeys.ensure(folder);

        assertThat(Files.readString(folder.resolve("signing-key.pem"))).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("signing-key.pem"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }
}
