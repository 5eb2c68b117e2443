package nl.handreiking.savedsearch;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.handreiking.catalogue.Kind;
import nl.handreiking.catalogue.SearchMatches;
import nl.handreiking.common.ProblemException;

/**
 * The saved searches of funding that also bring closing-date alerts, for the feature that sends them (follow):
 * which person wants to hear about which funding item through which search.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClosingAlertSearches {

    /** The unsubscribe purpose of an alert that came through a saved search: it switches that search's alerts off. */
    public static final String PURPOSE = "saved-search-alerts";

    /** A person hears about a funding item because their saved search finds it, since alerts were switched on. */
    public record Watch(UUID searchId, String searchName, UUID accountId, UUID fundingId, OffsetDateTime since) {}

    private final SearchMatches matches;

    ClosingAlertSearches(SearchMatches matches) {
        this.matches = matches;
    }

    /** For the published funding items {@code fundingIds}: every saved search with alerts on that finds one. */
    public List<Watch> finding(Collection<UUID> fundingIds) {
        if (fundingIds.isEmpty()) {
            return List.of();
        }
        List<SavedSearch> searches =
                SavedSearch.list("kind = ?1 and closingAlertsSince is not null", Kind.FUNDING.apiValue());
        List<Watch> watches = new ArrayList<>();
        for (SavedSearch search : searches) {
            try {
                for (UUID funding : matches.among(Kind.FUNDING, search.query(), fundingIds)) {
                    watches.add(
                            new Watch(search.id, search.name, search.accountId, funding, search.closingAlertsSince));
                }
            } catch (ProblemException e) {
                // a filter the catalogue no longer accepts finds nothing; the owner sees the search in the SPA
                Log.warnf("Saved search %s no longer reads as a search; no closing alerts from it", search.id);
            }
        }
        return watches;
    }
}
