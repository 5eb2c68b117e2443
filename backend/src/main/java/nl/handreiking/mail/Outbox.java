package nl.handreiking.mail;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Puts e-mail in the outbox, inside the caller's transaction: the message exists exactly when the change
 * that caused it is committed. {@link MailSender} delivers it afterwards. Subjects are kept on one line and
 * a recipient must be a single address, so that no text can add headers to the message.
 */
@ApplicationScoped
public class Outbox {

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(String recipient, String subject, String body) {
        post(Letter.of(recipient, subject, body));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(Letter letter) {
        if (MailHeaders.address(letter.recipient()).isEmpty()) {
            Log.warnf(
                    "Mail not posted: the recipient is not a single e-mail address (subject %s)",
                    MailHeaders.singleLine(letter.subject()));
            return;
        }
        MailMessage message = new MailMessage();
        message.id = UUID.randomUUID();
        message.recipient = letter.recipient();
        message.subject = MailHeaders.singleLine(letter.subject());
        message.body = letter.body();
        message.unsubscribeUrl =
                letter.unsubscribeUrl().map(MailHeaders::singleLine).orElse(null);
        letter.attachment().ifPresent(attachment -> {
            message.attachmentName = MailHeaders.fileName(attachment.fileName());
            message.attachmentType = MailHeaders.singleLine(attachment.contentType());
            message.attachment = attachment.content();
        });
        message.createdAt = OffsetDateTime.now();
        message.nextAttemptAt = message.createdAt;
        message.persist();
    }
}
