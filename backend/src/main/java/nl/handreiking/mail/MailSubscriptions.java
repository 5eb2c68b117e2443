package nl.handreiking.mail;

import java.util.Optional;
import java.util.UUID;

/**
 * One kind of mail a person can stop with the link in it (a saved search's digest, the alerts of a followed
 * funding item). The feature that sends such mail implements this as a bean; {@link UnsubscribeLinks} signs
 * links that name its {@link #purpose()} and the subscription's id, and {@code /unsubscriptions/{token}}
 * asks the right implementation.
 */
public interface MailSubscriptions {

    /** Lower-case letters and hyphens, unique among the implementations: it is part of every link. */
    String purpose();

    /** A short Dutch line saying which mails the link stops; empty when the subscription is gone. */
    Optional<String> describe(UUID id);

    /** Stops the mails, inside the caller's transaction; false when there was nothing (left) to stop. */
    boolean cancel(UUID id);
}
