package nl.handreiking.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.catalogue.funding.FundingDeadlines;
import nl.handreiking.mail.MailSubscriptions;

/** The unsubscribe link in a closing-date alert: it stops following that funding item. */
@ApplicationScoped
class FollowSubscriptions implements MailSubscriptions {

    private final FundingDeadlines deadlines;

    FollowSubscriptions(FundingDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public String purpose() {
        return ClosingAlertLetter.PURPOSE;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> describe(UUID id) {
        return Follow.<Follow>findByIdOptional(id)
                .map(follow -> "Herinneringen over de sluitingsdatum van "
                        + deadlines
                                .published(follow.fundingId)
                                .map(funding -> "\"" + funding.title() + "\"")
                                .orElse("een regeling die u volgt"));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(UUID id) {
        return Follow.deleteById(id);
    }
}
