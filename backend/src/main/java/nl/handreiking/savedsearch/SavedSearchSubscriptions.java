package nl.handreiking.savedsearch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.mail.MailSubscriptions;

/**
 * What an unsubscribe link in a digest stops: the digests of that one saved search. Stopping pauses the search
 * rather than deleting it, so its owner still finds it (paused) under "Mijn zoekopdrachten" and can resume it.
 */
@ApplicationScoped
class SavedSearchSubscriptions implements MailSubscriptions {

    static final String PURPOSE = "saved-search";

    private final SavedSearchService service;

    SavedSearchSubscriptions(SavedSearchService service) {
        this.service = service;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    /** Empty once paused: then no digests come, which the confirmation page shows as already stopped. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> describe(UUID id) {
        return SavedSearch.<SavedSearch>findByIdOptional(id)
                .filter(search -> !search.paused)
                .map(search -> "De " + (search.frequency.equals("daily") ? "dagelijkse" : "wekelijkse")
                        + " samenvatting per e-mail van uw bewaarde zoekopdracht \"" + search.name + "\".");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(UUID id) {
        return SavedSearch.<SavedSearch>findByIdOptional(id)
                .filter(search -> !search.paused)
                .map(search -> {
                    service.pause(search, true);
                    search.version++;
                    search.updatedAt = java.time.OffsetDateTime.now();
                    return true;
                })
                .orElse(false);
    }
}
