package nl.handreiking.savedsearch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.mail.MailSubscriptions;

/**
 * The unsubscribe link in a closing-date alert that came through a saved search: it switches that search's
 * alerts off and keeps the search (and its digest) as it is.
 */
@ApplicationScoped
class ClosingAlertSubscriptions implements MailSubscriptions {

    @Override
    public String purpose() {
        return ClosingAlertSearches.PURPOSE;
    }

    /** Empty once switched off: then no alerts come, which the confirmation page shows as already stopped. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> describe(UUID id) {
        return SavedSearch.<SavedSearch>findByIdOptional(id)
                .filter(search -> search.closingAlertsSince != null)
                .map(search -> "Herinneringen over de sluitingsdatum van financiering die uw bewaarde zoekopdracht \""
                        + search.name + "\" vindt.");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(UUID id) {
        return SavedSearch.<SavedSearch>findByIdOptional(id)
                .filter(search -> search.closingAlertsSince != null)
                .map(search -> {
                    search.closingAlertsSince = null;
                    search.version++;
                    search.updatedAt = OffsetDateTime.now();
                    return true;
                })
                .orElse(false);
    }
}
