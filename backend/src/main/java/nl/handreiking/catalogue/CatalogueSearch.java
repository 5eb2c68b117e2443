package nl.handreiking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.handreiking.common.Page;
import nl.handreiking.identity.Caller;

/**
 * Full-text search in PostgreSQL with Dutch stemming that ignores accents, ranked, with a highlighted
 * snippet, filters and facet counts over the whole result.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueSearch {

    /** Marks the start and end of a match in a snippet; plain characters, so a snippet is never HTML. */
    public static final String MATCH_START = "⟦";

    public static final String MATCH_END = "⟧";
    private static final String HEADLINE_OPTIONS = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END
            + ", MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final EntityManager em;
    private final SearchText text;

    CatalogueSearch(EntityManager em, SearchText text) {
        this.em = em;
        this.text = text;
    }

    /** Words the glossary treats as one: a search for either finds both. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "statushouder",
            "vergunninghouder",
            "statushouders",
            "vergunninghouders",
            "vergunninghouder",
            "statushouder",
            "vergunninghouders",
            "statushouders",
            "azc",
            "asielzoekerscentrum",
            "asielzoekerscentrum",
            "azc");

    /** A found item with its snippet (null without a search text). */
    public record Hit(CatalogueItem item, String snippet) {}

    /**
     * One statement answers the page, the total and the facets: the text is matched once in the narrow search
     * table (V122), into a small materialised set of the columns that ordering and facets need, and the facets are
     * one count over its facet keys; only the page's rows are read from the catalogue, for their snippets.
     * The set holds what the text and the other narrowing filters find; the facet filters are flags in it, so
     * that each facet counts with every filter but its own (disjunctive facets) without matching again.
     * Custom plans for this transaction: the plan depends on how common the words are, and the generic plan
     * that the driver's prepared statement would get after five runs scans every item (16× slower).
     */
    @Transactional
    public SearchPage<Hit> search(Kind kind, SearchQuery query, Optional<Caller> caller) {
        em.createNativeQuery(planSettings(query)).getResultList();
        Optional<SearchText.Match> match =
                query.text().map(CatalogueSearch::withSynonyms).map(text::match);
        SearchFilters filters = SearchFilters.of(kind, query, caller, match);
        List<?> rows = filters.query(em, searchSql(kind, query, filters, match))
                .setParameter("limit", query.bounds().size())
                .setParameter("offset", query.bounds().offset())
                .getResultList();
        long total = 0;
        List<UUID> ids = new ArrayList<>();
        Map<UUID, String> snippets = new HashMap<>();
        Map<String, List<Facets.Count>> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            String part = (String) cells[0];
            if (part.equals("item")) {
                UUID id = UUID.fromString((String) cells[1]);
                ids.add(id);
                snippets.put(id, (String) cells[2]);
            } else if (part.equals("total")) {
                total = ((Number) cells[3]).longValue();
            } else {
                counts.computeIfAbsent(part, k -> new ArrayList<>())
                        .add(new Facets.Count((String) cells[1], ((Number) cells[3]).longValue()));
            }
        }
        Map<UUID, CatalogueItem> items = byId(ids);
        List<Hit> hits =
                ids.stream().map(id -> new Hit(items.get(id), snippets.get(id))).toList();
        Facets facets = new Facets(
                counts.getOrDefault("domain", List.of()),
                counts.getOrDefault("audience", List.of()),
                counts.getOrDefault("organisation", List.of()),
                counts.getOrDefault("status", List.of()));
        Optional<String> suggestion =
                total == 0 ? query.text().flatMap(t -> suggest(kind, query, caller, t)) : Optional.empty();
        return SearchPage.of(Page.of(hits, query.bounds(), total), facets, suggestion.orElse(null));
    }

    /** For a search without result: a corrected text that finds something with the same filters, if any. */
    private Optional<String> suggest(Kind kind, SearchQuery query, Optional<Caller> caller, String typed) {
        for (String corrected : text.corrections(typed)) {
            SearchQuery instead = query.withText(corrected);
            Optional<SearchText.Match> match = Optional.of(text.match(withSynonyms(corrected)));
            SearchFilters filters = SearchFilters.of(kind, instead, caller, match);
            String sql = "SELECT EXISTS (SELECT 1" + SearchFilters.FROM + filters.where() + ")";
            if ((Boolean) filters.query(em, sql).getSingleResult()) {
                return Optional.of(corrected);
            }
        }
        return Optional.empty();
    }

    /**
     * Settings for the search's own transaction. Custom plans (see above); and with a search text no sequential
     * scan: the planner prices a text match as cheap, but a scan detoasts and matches every item's tsvector,
     * which measured slower than the text index even for a word in half the catalogue.
     */
    static String planSettings(SearchQuery query) {
        return "SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"
                + (query.text().isPresent() ? ", set_config('enable_seqscan', 'off', true)" : "");
    }

    /** The search statement: rows ('item', id, snippet, -, place), ('total', -, -, n, -) and (facet, value, -, n, -). */
    static String searchSql(Kind kind, SearchQuery query, SearchFilters filters, Optional<SearchText.Match> match) {
        String snippet = match.isPresent()
                ? "ts_headline('handreiking_nl', c.summary || ' ' || c.body, " + SearchFilters.TEXT + ", '"
                        + HEADLINE_OPTIONS + "')"
                : "NULL";
        String rank = SearchFilters.rank(match);
        String exact =
                match.filter(SearchText.Match::widens).isPresent() ? "i.search @@ " + SearchFilters.EXACT : "true";
        Map<String, String> facets = filters.facets();
        String flags = SearchFilters.FACETS.stream()
                .map(f -> facets.get(f) + " AS in_" + f)
                .collect(Collectors.joining(", "));
        return """
                WITH hit AS MATERIALIZED (
                    SELECT i.id, i.title, i.updated_at, %3$s, %4$s AS rank, %6$s AS exact, i.facet_keys, %7$s
                    %9$s%1$s),
                page AS (
                    SELECT i.id, row_number() OVER (ORDER BY %2$s) AS place FROM (
                        SELECT * FROM hit i WHERE %10$s ORDER BY %2$s LIMIT :limit OFFSET :offset) i)
                SELECT 'item', CAST(p.id AS text), %5$s, CAST(NULL AS bigint), p.place
                    FROM page p JOIN catalogue_item c ON c.id = p.id
                UNION ALL SELECT 'total', NULL, NULL, count(*) FILTER (WHERE %10$s), NULL FROM hit
                UNION ALL SELECT split_part(k, ':', 1), substr(k, strpos(k, ':') + 1), NULL, count(*), NULL
                    FROM hit CROSS JOIN LATERAL unnest(hit.facet_keys) k%8$s GROUP BY k
                ORDER BY 1, 5, 4 DESC, 2
                """.formatted(
                        filters.baseWhere(),
                        order(kind, query, "i.exact", "i.rank"),
                        SearchFilters.window(kind)[1],
                        rank,
                        snippet,
                        exact,
                        flags,
                        facetCondition(facets),
                        SearchFilters.FROM.strip(),
                        IN_RESULT);
    }

    /**
     * Whether a found item passes every facet filter too. The page is sorted from the found items with its limit
     * (a top-N sort of a few rows, not a sort of all of them) and the total counted from them, without a second
     * materialised copy.
     */
    private static final String IN_RESULT = "in_domain AND in_audience AND in_organisation AND in_status";

    /**
     * All facets in one pass over the found items' facet keys: a key counts when the item passes every facet filter
     * but that of the key's own facet (disjunctive facets); without facet filters every key counts.
     */
    private static String facetCondition(Map<String, String> facets) {
        if (facets.values().stream().allMatch("true"::equals)) {
            return "";
        }
        String cases = SearchFilters.FACETS.stream()
                .map(f -> "WHEN '" + f + "' THEN "
                        + SearchFilters.FACETS.stream()
                                .filter(other -> !other.equals(f))
                                .map(other -> "in_" + other)
                                .collect(Collectors.joining(" AND ")))
                .collect(Collectors.joining(" "));
        return " WHERE CASE split_part(k, ':', 1) " + cases + " END";
    }

    /** Every matching item, in order, for exports; at most {@code limit}. */
    public List<CatalogueItem> all(Kind kind, SearchQuery query, Optional<Caller> caller, int limit) {
        Optional<SearchText.Match> match =
                query.text().map(CatalogueSearch::withSynonyms).map(text::match);
        SearchFilters filters = SearchFilters.of(kind, query, caller, match);
        String exact = match.filter(SearchText.Match::widens).isPresent() ? "i.search @@ " + SearchFilters.EXACT : null;
        String rank = SearchFilters.rank(match);
        String sql = "SELECT i.id" + SearchFilters.FROM + filters.where() + " ORDER BY "
                + order(kind, query, exact, rank) + " LIMIT :limit";
        List<?> ids = filters.query(em, sql).setParameter("limit", limit).getResultList();
        Map<UUID, CatalogueItem> items = byId(ids.stream().map(id -> (UUID) id).toList());
        return ids.stream().map(id -> items.get((UUID) id)).toList();
    }

    /** The items with these ids, read only: they are shown, never changed, so Hibernate keeps no copy to compare. */
    private static Map<UUID, CatalogueItem> byId(List<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : CatalogueItem.<CatalogueItem>find("id in ?1", ids)
                        .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                        .list()
                        .stream()
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
    }

    /** "statushouders utrecht" becomes "statushouders or vergunninghouders utrecht" (websearch syntax). */
    static String withSynonyms(String text) {
        return java.util.Arrays.stream(text.trim().split("\\s+"))
                .map(word -> SYNONYMS.containsKey(word.toLowerCase(java.util.Locale.ROOT))
                        ? word + " or " + SYNONYMS.get(word.toLowerCase(java.util.Locale.ROOT))
                        : word)
                .collect(Collectors.joining(" "));
    }

    /**
     * Exact matches of the words first (when {@code exact} is not null: the search was widened), then matches
     * through a compound only (decision 0020), each by rank.
     */
    private static String order(Kind kind, SearchQuery query, String exact, String rank) {
        return switch (query.sort()) {
            case RELEVANCE ->
                query.text().isEmpty()
                        ? "i.title, i.id"
                        : (exact == null ? "" : exact + " DESC, ") + rank + " DESC, i.title, i.id";
            case TITLE -> "i.title, i.id";
            case CLOSES_ON -> SearchFilters.window(kind)[1] + " NULLS LAST, i.title, i.id";
            case UPDATED_AT -> "i.updated_at DESC, i.id";
        };
    }
}
