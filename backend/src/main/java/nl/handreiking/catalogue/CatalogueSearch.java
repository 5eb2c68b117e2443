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

    public SearchPage<Hit> search(Kind kind, SearchQuery query, Optional<Caller> caller) {
        Map<String, Object> params = new HashMap<>();
        String where = where(kind, query, caller, params);
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM catalogue_item i" + where), params)
                        .getSingleResult())
                .longValue();
        String snippet = query.text().isPresent()
                ? "ts_headline('handreiking_nl', i.summary || ' ' || i.body, " + QUERY + ", '" + HEADLINE_OPTIONS + "')"
                : "NULL";
        List<?> rows = bind(
                        em.createNativeQuery("SELECT i.id, " + snippet + " FROM catalogue_item i" + where + " ORDER BY "
                                + order(kind, query) + " LIMIT :limit OFFSET :offset"),
                        params)
                .setParameter("limit", query.bounds().size())
                .setParameter("offset", query.bounds().offset())
                .getResultList();
        List<UUID> ids = rows.stream().map(row -> (UUID) ((Object[]) row)[0]).toList();
        Map<UUID, CatalogueItem> items = ids.isEmpty()
                ? Map.of()
                : CatalogueItem.<CatalogueItem>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<Hit> hits = rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Hit(items.get((UUID) row[0]), (String) row[1]))
                .toList();
        return SearchPage.of(Page.of(hits, query.bounds(), total), facets(where, params));
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
        Map<UUID, CatalogueItem> items = ids.isEmpty()
                ? Map.of()
                : CatalogueItem.<CatalogueItem>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
        return ids.stream().map(id -> items.get((UUID) id)).toList();
    }

    private static String where(Kind kind, SearchQuery query, Optional<Caller> caller, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.kind = :kind");
        params.put("kind", kind.apiValue());
        if (!ItemRules.canEdit(caller)) {
            conditions.add("i.status = 'published'");
        }
        add(conditions, params, "i.search @@ " + QUERY, "text", query.text().map(CatalogueSearch::withSynonyms));
        add(conditions, params, "CAST(:domain AS text) = ANY(i.domains)", "domain", query.domain());
        add(conditions, params, "CAST(:audience AS text) = ANY(i.audiences)", "audience", query.audience());
        add(
                conditions,
                params,
                "CAST(:organisation AS text) = ANY(i.organisation_codes)",
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

    private Facets facets(String where, Map<String, Object> params) {
        String sql = """
                SELECT 'domain', v, count(*) FROM catalogue_item i CROSS JOIN LATERAL unnest(i.domains) v %1$s GROUP BY v
                UNION ALL SELECT 'audience', v, count(*) FROM catalogue_item i CROSS JOIN LATERAL unnest(i.audiences) v %1$s GROUP BY v
                UNION ALL SELECT 'organisation', v, count(*) FROM catalogue_item i CROSS JOIN LATERAL unnest(i.organisation_codes) v %1$s GROUP BY v
                UNION ALL SELECT 'status', i.status, count(*) FROM catalogue_item i %1$s GROUP BY i.status
                ORDER BY 1, 3 DESC, 2
                """.formatted(where);
        Map<String, List<Facets.Count>> counts = new LinkedHashMap<>();
        for (Object row : bind(em.createNativeQuery(sql), params).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.computeIfAbsent((String) cells[0], k -> new ArrayList<>())
                    .add(new Facets.Count((String) cells[1], ((Number) cells[2]).longValue()));
        }
        return new Facets(
                counts.getOrDefault("domain", List.of()),
                counts.getOrDefault("audience", List.of()),
                counts.getOrDefault("organisation", List.of()),
                counts.getOrDefault("status", List.of()));
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
