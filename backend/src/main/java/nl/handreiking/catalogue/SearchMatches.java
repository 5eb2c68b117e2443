package nl.handreiking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which of some published items a search finds, by the finder's own conditions: for closing-date alerts of saved
 * searches, which ask about the few funding items that close soon rather than page through the whole result.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchMatches {

    private static final String AMONG = "SELECT CAST(i.id AS text)" + SearchFilters.FROM + "%s AND i.id IN (:ids)";

    private final EntityManager em;
    private final SearchText text;

    SearchMatches(EntityManager em, SearchText text) {
        this.em = em;
        this.text = text;
    }

    /** The published items of {@code kind} among {@code ids} that {@code query} finds. */
    public Set<UUID> among(Kind kind, SearchQuery query, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Optional<SearchText.Match> match =
                query.text().map(CatalogueSearch::withSynonyms).map(text::match);
        SearchFilters filters = SearchFilters.of(kind, query, true, match);
        var statement = filters.query(em, AMONG.formatted(filters.where())).setParameter("ids", ids);
        @SuppressWarnings("unchecked")
        List<String> found = statement.getResultList();
        return found.stream().map(UUID::fromString).collect(Collectors.toSet());
    }
}
