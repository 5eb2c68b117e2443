package nl.handreiking.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;

/** Reads and carries out an unsubscribe link: finds the feature whose mail it stops and asks it. */
@ApplicationScoped
class Unsubscriptions {

    private final UnsubscribeLinks links;
    private final List<MailSubscriptions> kinds;

    Unsubscriptions(UnsubscribeLinks links, Instance<MailSubscriptions> kinds) {
        this.links = links;
        this.kinds = kinds.stream().toList();
    }

    @Transactional
    UnsubscriptionView show(String token) {
        UnsubscribeLinks.Target target = target(token);
        Optional<String> description = kind(target).describe(target.id());
        return new UnsubscriptionView(target.purpose(), description.orElse(null), description.isPresent());
    }

    /** Stops the mails; a second time changes nothing and answers the same. */
    @Transactional
    UnsubscriptionView stop(String token) {
        UnsubscribeLinks.Target target = target(token);
        MailSubscriptions kind = kind(target);
        Optional<String> description = kind.describe(target.id());
        kind.cancel(target.id());
        return new UnsubscriptionView(target.purpose(), description.orElse(null), false);
    }

    private UnsubscribeLinks.Target target(String token) {
        return links.read(token).orElseThrow(Unsubscriptions::unknown);
    }

    private MailSubscriptions kind(UnsubscribeLinks.Target target) {
        return kinds.stream()
                .filter(kind -> kind.purpose().equals(target.purpose()))
                .findFirst()
                .orElseThrow(Unsubscriptions::unknown);
    }

    private static ProblemException unknown() {
        return ProblemException.notFound(Messages.text("detail.unknownUnsubscribeLink"));
    }
}
