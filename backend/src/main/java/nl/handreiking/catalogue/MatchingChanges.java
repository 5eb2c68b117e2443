package nl.handreiking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The published items of a search that changed between two horizons of the change feed (V80), for the digests of
 * saved searches. A horizon is the oldest transaction still running at a moment: every change before it has ended
 * and every later one comes after it, so consecutive windows [from, to) together list every change exactly once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MatchingChanges {

    private static final String HORIZON = "SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)";

    /**
     * One row per item that is public now or was withdrawn in the window; its changes in the window say what
     * happened. Drafts never appear, nor changes made while an item was not public.
     */
    private static final String MATCHING = """
            SELECT CAST(i.id AS text), i.title, i.status, bool_or(c.action = 'published') AS published,
                   bool_or(c.action = 'archived' AND c.was_public) AS withdrawn
            FROM catalogue_search i JOIN catalogue_change c ON c.item_id = i.id
            %s AND c.xid >= CAST(:fromHorizon AS xid8) AND c.xid < CAST(:toHorizon AS xid8)
              AND (c.status = 'published' OR c.was_public)
            GROUP BY i.id, i.title, i.status
            HAVING i.status = 'published' OR (i.status = 'archived' AND bool_or(c.action = 'archived' AND c.was_public))
            ORDER BY i.title, i.id
            """;

    /** What happened to an item in a window. */
    public enum Change {
        /** published for the first time, or again */
        PUBLISHED,
        /** changed while published */
        CHANGED,
        /** archived after being published: no longer offered */
        WITHDRAWN
    }

    /** An item of a digest. */
    public record Match(UUID id, Kind kind, String title, Change change) {}

    private final EntityManager em;
    private final SearchText text;

    MatchingChanges(EntityManager em, SearchText text) {
        this.em = em;
        this.text = text;
    }

    /** The horizon of this moment, to store as the start of the next window. */
    public String horizon() {
        return (String) em.createNativeQuery(HORIZON).getSingleResult();
    }

    /** The items of {@code kind} matching {@code query} (its status ignored) that changed in [from, to). */
    public List<Match> between(String fromHorizon, String toHorizon, Kind kind, SearchQuery query) {
        Optional<SearchText.Match> match =
                query.text().map(CatalogueSearch::withSynonyms).map(text::match);
        SearchFilters filters = SearchFilters.of(kind, query, false, match);
        var statement = filters.query(em, MATCHING.formatted(filters.where()))
                .setParameter("fromHorizon", fromHorizon)
                .setParameter("toHorizon", toHorizon);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statement.getResultList();
        return rows.stream().map(row -> match(row, kind)).toList();
    }

    private static Match match(Object[] row, Kind kind) {
        Change change = "archived".equals(row[2])
                ? Change.WITHDRAWN
                : Boolean.TRUE.equals(row[3]) ? Change.PUBLISHED : Change.CHANGED;
        return new Match(UUID.fromString((String) row[0]), kind, (String) row[1], change);
    }
}
