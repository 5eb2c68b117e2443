package nl.handreiking.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * A mail to post in the {@link Outbox}: recipient, subject and plain-text body, and for mails someone
 * subscribed to the address that stops them (sent as RFC 8058 {@code List-Unsubscribe}), and at most one
 * attachment (an alert's calendar event).
 */
public record Letter(
        String recipient,
        String subject,
        String body,
        Optional<String> unsubscribeUrl,
        Optional<Attachment> attachment) {

    public Letter {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        Objects.requireNonNull(unsubscribeUrl);
        Objects.requireNonNull(attachment);
    }

    /** A file sent with the mail; its name is kept to safe characters when the mail is written. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(contentType);
            Objects.requireNonNull(content);
        }
    }

    public static Letter of(String recipient, String subject, String body) {
        return new Letter(recipient, subject, body, Optional.empty(), Optional.empty());
    }

    public Letter withUnsubscribe(String url) {
        return new Letter(recipient, subject, body, Optional.of(url), attachment);
    }

    public Letter withAttachment(String fileName, String contentType, byte[] content) {
        return new Letter(
                recipient, subject, body, unsubscribeUrl, Optional.of(new Attachment(fileName, contentType, content)));
    }
}
