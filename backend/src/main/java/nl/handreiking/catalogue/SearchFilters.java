package nl.handreiking.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.handreiking.identity.Caller;

/**
 * The conditions of a search in SQL, in two parts: those that always narrow (kind, visibility, text, dates) and
 * the four facet filters, which the facet counts apply to every facet but their own (disjunctive facets).
 */
record SearchFilters(List<String> base, Map<String, String> facets, Map<String, Object> params) {

    /** The facets in the order the response lists them; each names its condition, "true" without the filter. */
    static final List<String> FACETS = List.of("domain", "audience", "organisation", "status");

    /**
     * What every search reads: the narrow search copy of the catalogue (V122), with the columns that matching,
     * filters, facets and order need, kept in the same transaction as every change of an item.
     */
    static final String FROM = " FROM catalogue_search i";

    static final String TEXT = "CAST(:query AS tsquery)";
    static final String EXACT = "CAST(:exact AS tsquery)";

    /**
     * Relevance of a found item. An item without any of the added compounds ranks the same by the words as typed
     * as by the widened query (the added words match nowhere in it), and ranking by one word is about four times
     * cheaper than by a word or five compounds (cover density tries every operand at every position), so the
     * widened query ranks only the items that hold a compound.
     */
    static String rank(Optional<SearchText.Match> text) {
        if (text.isEmpty()) {
            return "CAST(NULL AS real)";
        }
        if (!text.get().widens()) {
            return "ts_rank_cd(i.search, " + TEXT + ")";
        }
        return "CASE WHEN i.search @@ CAST(:added AS tsquery) THEN ts_rank_cd(i.search, " + TEXT
                + ") ELSE ts_rank_cd(i.search, " + EXACT + ") END";
    }

    static SearchFilters of(Kind kind, SearchQuery query, Optional<Caller> caller, Optional<SearchText.Match> text) {
        return of(kind, query, !ItemRules.canEdit(caller), text);
    }

    /** The conditions; {@code onlyPublished} false for who decides about other statuses itself (saved-search digests). */
    static SearchFilters of(Kind kind, SearchQuery query, boolean onlyPublished, Optional<SearchText.Match> text) {
        List<String> base = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        base.add("i.kind = :kind");
        params.put("kind", kind.apiValue());
        if (onlyPublished) {
            base.add("i.status = 'published'");
        }
        text.ifPresent(match -> {
            base.add("i.search @@ " + TEXT);
            params.put("query", match.widened());
            if (match.widens()) {
                params.put("exact", match.exact());
                params.put("added", match.added());
            }
        });
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("domain", facet(params, "domain", query.domain()));
        facets.put("audience", facet(params, "audience", query.audience()));
        facets.put("organisation", facet(params, "organisation", query.organisation()));
        facets.put("status", query.status().isPresent() ? "i.status = :status" : "true");
        query.status().ifPresent(status -> params.put("status", status.apiValue()));
        String start = window(kind)[0];
        String end = window(kind)[1];
        // funding is open only when its window says so; a task or measure without an end runs on
        String stillOpen = kind == Kind.FUNDING
                ? "NOT i.window_ended AND (" + end + " >= :openOn OR (" + end + " IS NULL AND i.open_ended))"
                : "(" + end + " IS NULL OR " + end + " >= :openOn)";
        add(
                base,
                params,
                "(" + start + " IS NULL OR " + start + " <= :openOn) AND " + stillOpen,
                "openOn",
                query.openOn());
        add(base, params, end + " < :closesBefore", "closesBefore", query.closesBefore());
        add(base, params, "i.updated_at > :changedSince", "changedSince", query.changedSince());
        return new SearchFilters(base, facets, params);
    }

    /**
     * A native query of {@code sql} with the parameters it names: the exact words of a widened search are there
     * only for statements that order by them, and a parameter the SQL does not name is an error in Hibernate.
     */
    Query query(EntityManager em, String sql) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** Every condition: the whole result. */
    String where() {
        List<String> all = new ArrayList<>(base);
        facets.values().stream().filter(c -> !c.equals("true")).forEach(all::add);
        return " WHERE " + String.join(" AND ", all);
    }

    /** Only the conditions that narrow every facet's count. */
    String baseWhere() {
        return " WHERE " + String.join(" AND ", base);
    }

    /** The window of an item: a task's period, a measure's validity, a funding item's application window. */
    static String[] window(Kind kind) {
        return switch (kind) {
            case TASK -> new String[] {"i.period_start", "i.period_end"};
            case MEASURE -> new String[] {"i.valid_from", "i.valid_to"};
            case FUNDING -> new String[] {"i.opens_on", "i.closes_on"};
        };
    }

    /** A facet filter on the item's facet keys ('domain:housing'), which one GIN index answers for every facet. */
    private static String facet(Map<String, Object> params, String name, Optional<String> value) {
        value.ifPresent(v -> params.put(name, name + ":" + v));
        return value.isPresent() ? "i.facet_keys @> ARRAY[CAST(:" + name + " AS text)]" : "true";
    }

    private static <T> void add(
            List<String> conditions, Map<String, Object> params, String condition, String name, Optional<T> value) {
        value.ifPresent(v -> {
            conditions.add(condition);
            params.put(name, v);
        });
    }
}
