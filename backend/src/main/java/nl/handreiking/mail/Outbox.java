package nl.handreiking.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Puts e-mail in the outbox, inside the caller's transaction: the message exists exactly when the change
 * that caused it is committed. {@link MailSender} delivers it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(String recipient, String subject, String body) {
        MailMessage message = new MailMessage();
        message.id = UUID.randomUUID();
        message.recipient = recipient;
        message.subject = subject;
        message.body = body;
        message.createdAt = OffsetDateTime.now();
        message.nextAttemptAt = message.createdAt;
        message.persist();
    }
}
