package nl.handreiking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a search text means for the catalogue's vocabulary (decision 0020): its full-text query widened with the
 * compounds that contain its words ("opvang" also finds "noodopvang"), and the nearest known words for a text
 * that finds nothing ("Bedoelde u").
 */
@ApplicationScoped
class SearchText {

    /** Shorter parts would widen to unrelated words ("wet" in "wetgeving", but also in "wethouder"). */
    static final int SHORTEST_PART = 4;

    /** A part of a compound widens to at most this many words, the shortest first. */
    static final int MOST_COMPOUNDS = 25;

    /**
     * Each lexeme of the query as typed with the vocabulary's lexemes that contain it (none: null). The trigram
     * index answers the LIKE; the vocabulary is small, one row per distinct word of the catalogue.
     */
    static final String WIDEN_SQL = """
            WITH q AS (SELECT CAST(websearch_to_tsquery('handreiking_nl', :text) AS text) AS exact),
            part AS (SELECT DISTINCT m[1] AS lexeme
                     FROM q CROSS JOIN LATERAL regexp_matches(q.exact, '''([^'']+)''', 'g') m)
            SELECT q.exact, p.lexeme, c.lexeme FROM q
            LEFT JOIN part p ON length(p.lexeme) >= %1$d
            LEFT JOIN LATERAL (SELECT w.lexeme FROM catalogue_word w
                               WHERE w.lexeme LIKE '%%' || regexp_replace(p.lexeme, '([\\\\%%_])', '\\\\\\1', 'g') || '%%'
                                 AND w.lexeme <> p.lexeme
                               GROUP BY w.lexeme ORDER BY length(w.lexeme), w.lexeme LIMIT %2$d) c ON true
            """.formatted(SHORTEST_PART, MOST_COMPOUNDS);

    /**
     * For a word the vocabulary does not know (not even inside a compound), the known words nearest to it: close in
     * trigrams (the index) and at most a few letters apart (Levenshtein), nearest first.
     */
    static final String NEAREST_SQL = """
            SELECT w.word FROM catalogue_word w
            CROSS JOIN (SELECT (tsvector_to_array(to_tsvector('handreiking_nl', :word)))[1] AS lexeme) typed
            WHERE typed.lexeme IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM catalogue_word k WHERE k.lexeme LIKE '%' || typed.lexeme || '%')
              AND w.word % :word AND levenshtein_less_equal(w.word, :word, :distance) <= :distance
            ORDER BY levenshtein(w.word, :word), similarity(w.word, :word) DESC, w.word
            LIMIT 3
            """;

    private static final Pattern LEXEME = Pattern.compile("'([^']+)'");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    /**
     * A search text as full-text queries (tsquery text): as typed, widened with compounds, and the added compounds
     * alone (any of them; empty when there are none).
     */
    record Match(String exact, String widened, String added) {

        /** The queries of {@code exact} (as the database parsed the text) with each lexeme's compounds. */
        static Match of(String exact, Map<String, List<String>> compounds) {
            String added = compounds.values().stream()
                    .flatMap(List::stream)
                    .distinct()
                    .map(SearchText::quoted)
                    .collect(Collectors.joining(" | "));
            return new Match(exact, widen(exact, compounds), added);
        }

        boolean widens() {
            return !added.isEmpty();
        }
    }

    private final EntityManager em;

    SearchText(EntityManager em) {
        this.em = em;
    }

    /** The text's queries; one statement, answered from the vocabulary's index. */
    Match match(String text) {
        List<?> rows =
                em.createNativeQuery(WIDEN_SQL).setParameter("text", text).getResultList();
        String exact = "";
        Map<String, List<String>> compounds = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            exact = (String) cells[0];
            if (cells[2] != null) {
                compounds
                        .computeIfAbsent((String) cells[1], k -> new ArrayList<>())
                        .add((String) cells[2]);
            }
        }
        return Match.of(exact, compounds);
    }

    /** "'opvang' & 'utrecht'" with opvang → [noodopvang] becomes "( 'opvang' | 'noodopvang' ) & 'utrecht'". */
    static String widen(String exact, Map<String, List<String>> compounds) {
        Matcher m = LEXEME.matcher(exact);
        StringBuilder widened = new StringBuilder();
        while (m.find()) {
            List<String> wider = compounds.getOrDefault(m.group(1), List.of());
            String replacement = wider.isEmpty()
                    ? m.group()
                    : "( " + m.group() + " | "
                            + wider.stream().map(SearchText::quoted).collect(Collectors.joining(" | "))
                            + " )";
            m.appendReplacement(widened, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(widened);
        return widened.toString();
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("'", "''") + "'";
    }

    /**
     * Corrected texts to try, best first: each word the vocabulary does not know replaced by its first, second or
     * third nearest known word; the other words as typed. Empty when every word is known.
     */
    List<String> corrections(String text) {
        List<String> words = Arrays.asList(text.trim().split("\\s+"));
        // the trigram operator's threshold, for this transaction: one typo in a short word is below the default 0.3
        em.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)")
                .getResultList();
        Map<Integer, List<String>> nearest = new LinkedHashMap<>();
        for (int i = 0; i < words.size() && i < 8; i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            if (WORD.matcher(word).matches() && !word.equals("or")) {
                List<?> found = em.createNativeQuery(NEAREST_SQL)
                        .setParameter("word", word)
                        .setParameter("distance", word.length() > 8 ? 3 : 2)
                        .getResultList();
                if (!found.isEmpty()) {
                    nearest.put(i, found.stream().map(String.class::cast).toList());
                }
            }
        }
        List<String> corrections = new ArrayList<>();
        for (int choice = 0; !nearest.isEmpty() && choice < 3; choice++) {
            List<String> corrected = new ArrayList<>(words);
            for (Map.Entry<Integer, List<String>> e : nearest.entrySet()) {
                List<String> options = e.getValue();
                corrected.set(e.getKey(), options.get(Math.min(choice, options.size() - 1)));
            }
            String candidate = String.join(" ", corrected);
            if (!corrections.contains(candidate)) {
                corrections.add(candidate);
            }
        }
        return corrections;
    }
}
