package nl.handreiking.mail;

import java.util.Optional;

/** STUB until the lead's mail parts land on main. */
public record Letter(
        String recipient,
        String subject,
        String body,
        Optional<String> unsubscribeUrl,
        Optional<Attachment> attachment) {

    public record Attachment(String fileName, String contentType, byte[] content) {}

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
