package nl.handreiking.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An e-mail waiting in (or sent from) the outbox. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    public String recipient;
    public String subject;
    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** Until when one instance holds the message for delivery; no other instance takes it before then. */
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;

    /** Which instance claimed it, for the log. */
    @Column(name = "claimed_by")
    public String claimedBy;

    /** Where a mail program stops this kind of mail with one click (RFC 8058); none for mails nobody subscribed to. */
    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "attachment_type")
    public String attachmentType;

    public byte[] attachment;
}
