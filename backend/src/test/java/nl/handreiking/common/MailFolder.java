package nl.handreiking.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The mails the application under test has delivered, as .eml files in {@link TestEnvironment#MAIL_FOLDER}. */
public final class MailFolder {

    private MailFolder() {}

    /** The first mail to {@code recipient} whose subject starts with {@code subject}, waiting up to 15 seconds for the outbox. */
    public static String await(String recipient, String subject) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var found = all().stream()
                    .filter(mail -> mail.contains("To: " + recipient + "\r\n") && mail.contains("Subject: " + subject))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "No mail to " + recipient + " with subject " + subject + " in " + TestEnvironment.MAIL_FOLDER);
    }

    /** Every mail delivered so far, whole (headers and body). */
    public static List<String> all() {
        if (!Files.isDirectory(TestEnvironment.MAIL_FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(TestEnvironment.MAIL_FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".eml"))
                    .map(MailFolder::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // being written: read again on the next round
        }
    }
}
