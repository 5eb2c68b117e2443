package nl.handreiking.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.handreiking.common.HandreikingConfig;

/**
 * Delivers the outbox: by SMTP through quarkus-mailer, or, with the embedded database, as .eml files in
 * a folder that any mail program opens. A failure is kept on the message and retried later, waiting
 * longer each time; it never touches the change that caused the mail. Every instance runs this; each message
 * is claimed by one of them ({@link #claim}), so it is sent once however many instances there are.
 */
@ApplicationScoped
public class MailSender {

    private static final int BATCH = 20;
    /** Longer than one batch can take to deliver (SMTP timeouts included), so a lease never ends mid-delivery. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    private static final String CLAIM = """
            UPDATE mail_message SET claimed_until = now() + make_interval(secs => :lease), claimed_by = :instance
            WHERE id IN (SELECT id FROM mail_message
                         WHERE sent_at IS NULL AND attempts < :maxAttempts AND next_attempt_at <= now()
                           AND (claimed_until IS NULL OR claimed_until < now())
                         ORDER BY created_at LIMIT :limit
                         FOR UPDATE SKIP LOCKED)
            RETURNING *
            """;

    private final Mailer mailer;
    private final HandreikingConfig.Mail config;

    MailSender(Mailer mailer, HandreikingConfig config) {
        this.mailer = mailer;
        this.config = config.mail();
    }

    @Scheduled(
            every = "${handreiking.mail.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void deliverPending() {
        claim(BATCH).forEach(this::deliver);
    }

    /**
     * Takes up to {@code limit} due messages for this instance, in their own committed transaction: a message
     * another instance holds is skipped, not waited for, and stays this instance's until the lease ends.
     */
    List<MailMessage> claim(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<MailMessage> claimed = MailMessage.getEntityManager()
                    .createNativeQuery(CLAIM, MailMessage.class)
                    .setParameter("maxAttempts", config.maxAttempts())
                    .setParameter("limit", limit)
                    .setParameter("lease", LEASE.toSeconds())
                    .setParameter("instance", INSTANCE)
                    .getResultList();
            return claimed;
        });
    }

    private void deliver(MailMessage message) {
        String error = null;
        try {
            if (MailHeaders.address(message.recipient).isEmpty()) {
                throw new IllegalArgumentException("the recipient is not a single e-mail address");
            } else if (config.delivery().equals("folder")) {
                writeFile(message);
            } else {
                mailer.send(smtp(message));
            }
        } catch (RuntimeException | IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Log.warnf(
                    "Mail %s to %s not delivered (attempt %d): %s",
                    message.id, message.recipient, message.attempts + 1, error);
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            MailMessage kept = MailMessage.findById(message.id);
            kept.attempts++;
            kept.claimedUntil = null;
            if (failure == null) {
                kept.sentAt = OffsetDateTime.now();
            } else {
                kept.lastError = failure.length() > 500 ? failure.substring(0, 500) : failure;
                kept.nextAttemptAt = OffsetDateTime.now().plus(Duration.ofSeconds(30L << Math.min(kept.attempts, 10)));
            }
        });
    }

    private Mail smtp(MailMessage message) {
        Mail mail = Mail.withText(message.recipient, MailHeaders.singleLine(message.subject), message.body)
                .setFrom(config.from());
        if (message.unsubscribeUrl != null) {
            mail.addHeader("List-Unsubscribe", "<" + message.unsubscribeUrl + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (message.attachment != null) {
            mail.addAttachment(message.attachmentName, message.attachment, message.attachmentType);
        }
        return mail;
    }

    /** The message as an .eml file: the same headers, and multipart/mixed when it has an attachment. */
    private void writeFile(MailMessage message) throws IOException {
        Path folder = Path.of(config.folder());
        Files.createDirectories(folder);
        String name = message.createdAt.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + "-"
                + message.id + ".eml";
        StringBuilder eml = new StringBuilder()
                .append("From: ")
                .append(config.from())
                .append("\r\nTo: ")
                .append(message.recipient)
                .append("\r\nSubject: ")
                .append(MailHeaders.subject(message.subject))
                .append("\r\nDate: ")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(message.createdAt))
                .append("\r\nMIME-Version: 1.0\r\n");
        if (message.unsubscribeUrl != null) {
            eml.append("List-Unsubscribe: <")
                    .append(message.unsubscribeUrl)
                    .append(">\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
        }
        String text = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + message.body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
        if (message.attachment == null) {
            eml.append(text);
        } else {
            String boundary = "=_" + message.id;
            eml.append("Content-Type: multipart/mixed; boundary=\"")
                    .append(boundary)
                    .append("\"\r\n\r\n--")
                    .append(boundary)
                    .append("\r\n")
                    .append(text)
                    .append("--")
                    .append(boundary)
                    .append("\r\nContent-Type: ")
                    .append(message.attachmentType)
                    .append("; name=\"")
                    .append(message.attachmentName)
                    .append("\"\r\nContent-Disposition: attachment; filename=\"")
                    .append(message.attachmentName)
                    .append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(message.attachment))
                    .append("\r\n--")
                    .append(boundary)
                    .append("--\r\n");
        }
        Files.writeString(folder.resolve(name), eml, StandardCharsets.UTF_8);
    }
}
