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
        if (MailHeaders.address(recipient).isEmpty()) {
            Log.warnf(
                    "Mail not posted: the recipient is not a single e-mail address (subject %s)",
                    MailHeaders.singleLine(subject));
            return;
        }
        MailMessage message = new MailMessage();
        message.id = UUID.randomUUID();
        message.recipient = recipient;
        message.subject = MailHeaders.singleLine(subject);
        message.body = body;
        message.createdAt = OffsetDateTime.now();
        message.nextAttemptAt = message.createdAt;
        message.persist();
    }

    /** STUB */
    @Transactional(Transactional.TxType.MANDATORY)
    public void post(Letter letter) {
        post(letter.recipient(), letter.subject(), letter.body());
    }
}
