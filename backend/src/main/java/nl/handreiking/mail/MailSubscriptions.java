package nl.handreiking.mail;

import java.util.Optional;
import java.util.UUID;

/** STUB until the lead's mail parts land on main. */
public interface MailSubscriptions {
    String purpose();

    Optional<String> describe(UUID id);

    boolean cancel(UUID id);
}
