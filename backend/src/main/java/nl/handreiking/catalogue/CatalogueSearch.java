package nl.handreiking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
    private static final String QUERY = "websearch_to_tsquery('handreiking_nl', :text)";
    private static final String HEADLINE_OPTIONS = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END
            + ", MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final EntityManager em;

    CatalogueSearch(EntityManager em) {
        this.em = em;
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
     * One statement answers the page, the total and the facets: the text is matched once, into a small
     * materialised set of the columns that ordering and facets need; only the page's rows are read whole.
     * Custom plans for this transaction: the plan depends on how common the words are, and the generic plan
     * that the driver's prepared statement would get after five runs scans every item (16× slower).
     */
    @Transactional
    public SearchPage<Hit> search(Kind kind, SearchQuery query, Optional<Caller> caller) {
        Map<String, Object> params = new HashMap<>();
        String where = where(kind, query, caller, params);
        em.createNativeQuery(planSettings(query)).getResultList();
        List<?> rows = bind(em.createNativeQuery(searchSql(kind, query, where)), params)
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
        return SearchPage.of(Page.of(hits, query.bounds(), total), facets);
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
    static String searchSql(Kind kind, SearchQuery query, String where) {
        String snippet = query.text().isPresent()
                ? "ts_headline('handreiking_nl', c.summary || ' ' || c.body, " + QUERY + ", '" + HEADLINE_OPTIONS + "')"
                : "NULL";
        String rank = query.text().isPresent() ? "ts_rank_cd(i.search, " + QUERY + ")" : "CAST(NULL AS real)";
        String order = order(kind, query).replace("ts_rank_cd(i.search, " + QUERY + ")", "i.rank");
        return """
                WITH hit AS MATERIALIZED (
                    SELECT i.id, i.title, i.updated_at, %3$s, %4$s AS rank, i.domains, i.audiences,
                           i.organisation_codes, i.status
                    FROM catalogue_item i%1$s),
                page AS (
                    SELECT i.id, row_number() OVER (ORDER BY %2$s) AS place FROM hit i
                    ORDER BY %2$s LIMIT :limit OFFSET :offset)
                SELECT 'item', CAST(p.id AS text), %5$s, CAST(NULL AS bigint), p.place
                    FROM page p JOIN catalogue_item c ON c.id = p.id
                UNION ALL SELECT 'total', NULL, NULL, count(*), NULL FROM hit
                UNION ALL SELECT 'domain', v, NULL, count(*), NULL FROM hit CROSS JOIN LATERAL unnest(hit.domains) v GROUP BY v
                UNION ALL SELECT 'audience', v, NULL, count(*), NULL FROM hit CROSS JOIN LATERAL unnest(hit.audiences) v GROUP BY v
                UNION ALL SELECT 'organisation', v, NULL, count(*), NULL
                    FROM hit CROSS JOIN LATERAL unnest(hit.organisation_codes) v GROUP BY v
                UNION ALL SELECT 'status', hit.status, NULL, count(*), NULL FROM hit GROUP BY hit.status
                ORDER BY 1, 5, 4 DESC, 2
                """.formatted(where, order, window(kind)[1], rank, snippet);
    }

    /** Every matching item, in order, for exports; at most {@code limit}. */
    public List<CatalogueItem> all(Kind kind, SearchQuery query, Optional<Caller> caller, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(kind, query, caller, params);
        List<?> ids = bind(
                        em.createNativeQuery("SELECT i.id FROM catalogue_item i" + where + " ORDER BY "
                                + order(kind, query) + " LIMIT :limit"),
                        params)
                .setParameter("limit", limit)
                .getResultList();
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

    static String where(Kind kind, SearchQuery query, Optional<Caller> caller, Map<String, Object> params) {
        return where(kind, query, !ItemRules.canEdit(caller), params);
    }

    /** The conditions of a search; {@code onlyPublished} false for who decides about other statuses itself. */
    static String where(Kind kind, SearchQuery query, boolean onlyPublished, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.kind = :kind");
        params.put("kind", kind.apiValue());
        if (onlyPublished) {
            conditions.add("i.status = 'published'");
        }
        add(conditions, params, "i.search @@ " + QUERY, "text", query.text().map(CatalogueSearch::withSynonyms));
        add(conditions, params, "i.domains @> ARRAY[CAST(:domain AS text)]", "domain", query.domain());
        add(conditions, params, "i.audiences @> ARRAY[CAST(:audience AS text)]", "audience", query.audience());
        add(
                conditions,
                params,
                "i.organisation_codes @> ARRAY[CAST(:organisation AS text)]",
                "organisation",
                query.organisation());
        add(conditions, params, "i.status = :status", "status", query.status().map(Status::apiValue));
        String start = window(kind)[0];
        String end = window(kind)[1];
        // funding is open only when its window says so; a task or measure without an end runs on
        String stillOpen = kind == Kind.FUNDING
                ? "NOT i.window_ended AND (" + end + " >= :openOn OR (" + end + " IS NULL AND i.open_ended))"
                : "(" + end + " IS NULL OR " + end + " >= :openOn)";
        add(
                conditions,
                params,
                "(" + start + " IS NULL OR " + start + " <= :openOn) AND " + stillOpen,
                "openOn",
                query.openOn());
        add(conditions, params, end + " < :closesBefore", "closesBefore", query.closesBefore());
        add(conditions, params, "i.updated_at > :changedSince", "changedSince", query.changedSince());
        return " WHERE " + String.join(" AND ", conditions);
    }

    /** "statushouders utrecht" becomes "statushouders or vergunninghouders utrecht" (websearch syntax). */
    static String withSynonyms(String text) {
        return java.util.Arrays.stream(text.trim().split("\\s+"))
                .map(word -> SYNONYMS.containsKey(word.toLowerCase(java.util.Locale.ROOT))
                        ? word + " or " + SYNONYMS.get(word.toLowerCase(java.util.Locale.ROOT))
                        : word)
                .collect(Collectors.joining(" "));
    }

    private static <T> void add(
            List<String> conditions, Map<String, Object> params, String condition, String name, Optional<T> value) {
        value.ifPresent(v -> {
            conditions.add(condition);
            params.put(name, v);
        });
    }

    /** The window of an item: a task's period, a measure's validity, a funding item's application window. */
    private static String[] window(Kind kind) {
        return switch (kind) {
            case TASK -> new String[] {"i.period_start", "i.period_end"};
            case MEASURE -> new String[] {"i.valid_from", "i.valid_to"};
            case FUNDING -> new String[] {"i.opens_on", "i.closes_on"};
        };
    }

    private static String order(Kind kind, SearchQuery query) {
        return switch (query.sort()) {
            case RELEVANCE ->
                query.text().isPresent() ? "ts_rank_cd(i.search, " + QUERY + ") DESC, i.title, i.id" : "i.title, i.id";
            case TITLE -> "i.title, i.id";
            case CLOSES_ON -> window(kind)[1] + " NULLS LAST, i.title, i.id";
            case UPDATED_AT -> "i.updated_at DESC, i.id";
        };
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
