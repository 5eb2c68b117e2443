package nl.handreiking.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.handreiking.common.EmbeddedDatabase;
import nl.handreiking.common.PageRequest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At bench scale (10,000 measures from scripts/bench/data/20-catalogue.sql) the finder search and the hot
 * reads use indexes: EXPLAIN of the SQL the application sends shows no sequential scan of the catalogue, so a
 * plan regression fails the build and not only the bench. Its own database, shared with no other test.
 */
class CatalogueQueryPlansTest {

    private static EmbeddedDatabase database;
    private static Connection connection;

    @BeforeAll
    static void loadTheBenchCatalogue() throws Exception {
        database = EmbeddedDatabase.start(null);
        Map<String, String> properties = database.datasourceProperties();
        String url = properties.get("quarkus.datasource.jdbc.url");
        Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = DriverManager.getConnection(url, "postgres", "postgres");
        try (Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(Path.of("../scripts/bench/data/20-catalogue.sql")));
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM catalogue_item")) {
                count.next();
                assertThat(count.getLong(1)).isGreaterThanOrEqualTo(10_000);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        database.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"huisvesting", "statushouders", "inburgering"})
    void searchForACommonWordReadsOnlyTheItemsItFinds(String word) throws Exception {
        assertNoSequentialScan(search(Kind.MEASURE, Optional.of(word), Optional.empty(), Optional.empty()));
    }

    @Test
    void searchForAWordWithinADomainUsesTheIndexes() throws Exception {
        assertNoSequentialScan(
                search(Kind.MEASURE, Optional.of("huisvesting"), Optional.of("reception"), Optional.empty()));
    }

    @Test
    void aSearchThroughCompoundsUsesTheTrigramAndTextIndexes() throws Exception {
        // the bench text has "inburgeringstraject": the search widens to it and must stay on the indexes
        assertThat(match("inburgering").widens()).isTrue();
        assertNoSequentialScan(search(Kind.MEASURE, Optional.of("inburgering"), Optional.empty(), Optional.empty()));
        SearchQuery text = new SearchQuery(
                Optional.of("inburgering"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                SearchQuery.Sort.RELEVANCE,
                new PageRequest.Bounds(1, 20));
        connection.setAutoCommit(false);
        try (Statement settings = connection.createStatement()) {
            settings.execute(CatalogueSearch.planSettings(text));
            assertNoSequentialScan(explain(SearchText.WIDEN_SQL, Map.of("text", "inburgering")));
            assertNoSequentialScan(explain(SearchText.NEAREST_SQL, Map.of("word", "inburgring", "distance", 2)));
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /**
     * The bench's finder SQL (scripts/bench/sql/catalogue-search-*.sql) was taken from the statement log; when the
     * finder's statements change and the files do not, the bench compares the API with work it no longer does
     * (it once searched one word where the app searched the word and its compounds). Compared by shape: values
     * and parameters alike become "?", as the bound words differ with the vocabulary.
     */
    @ParameterizedTest
    @ValueSource(strings = {"huisvesting", "statushouders", "inburgering"})
    void theBenchSendsTheStatementsTheFinderSends(String word) throws Exception {
        String bench = Files.readString(Path.of("../scripts/bench/sql/catalogue-search-" + word + ".sql"));
        List<String> benchShapes = Pattern.compile(";\\s*\\n")
                .splitAsStream(bench)
                .map(CatalogueQueryPlansTest::shape)
                .toList();
        SearchQuery query = searchQuery(Optional.of(word), Optional.empty(), Optional.empty());
        SearchText.Match found = match(query.text().orElseThrow());
        // the bench's database also holds the starting content, whose words widen more searches than the bench's
        // items alone: where the bench's search widened, the finder's must widen too (with any compound)
        boolean benchWidens = Pattern.compile("CAST\\(('(?:[^']|'')*') AS tsquery\\)")
                        .matcher(bench)
                        .results()
                        .map(literal -> literal.group(1))
                        .distinct()
                        .count()
                > 1;
        Matcher lexeme = Pattern.compile("'([^']+)'").matcher(found.exact());
        assertThat(lexeme.find()).as(found.exact()).isTrue();
        Optional<SearchText.Match> match = Optional.of(
                benchWidens && !found.widens()
                        ? SearchText.Match.of(
                                found.exact(), Map.of(lexeme.group(1), List.of(lexeme.group(1) + "regeling")))
                        : found);
        SearchFilters filters = SearchFilters.of(Kind.MEASURE, query, Optional.empty(), match);
        assertThat(benchShapes)
                .contains(
                        shape(CatalogueSearch.planSettings(query)),
                        shape(SearchText.WIDEN_SQL),
                        shape(CatalogueSearch.searchSql(Kind.MEASURE, query, filters, match)));
    }

    /** A statement without comments, values or parameters, its whitespace collapsed. */
    private static String shape(String sql) {
        return sql.replaceAll("--[^\\n]*", " ")
                .replaceAll("'(?:[^']|'')*'", "?")
                .replaceAll("(?<![:\\w]):\\w+|\\?\\d+", "?")
                .replaceAll("(?<![\\w.])\\d+(?:\\.\\d+)?(?![\\w.])", "?")
                .replaceAll("\\s+", " ")
                .trim();
    }

    @Test
    void openFundingReadsOnlyFunding() throws Exception {
        assertNoSequentialScan(
                search(Kind.FUNDING, Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 12, 3))));
    }

    @Test
    void linksOfATaskAreReadByKey() throws Exception {
        Map<String, Object> params = new HashMap<>();
        params.put("1", UUID.fromString("07f24457-fcc3-455f-a157-d59ef1c1aa90")); // md5('bench-task-1')
        assertNoSequentialScan(explain(CatalogueService.LINKS + " AND i.status = 'published'", params));
    }

    private static SearchQuery searchQuery(Optional<String> text, Optional<String> domain, Optional<LocalDate> openOn) {
        return new SearchQuery(
                text.map(CatalogueSearch::withSynonyms),
                domain,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                openOn,
                Optional.empty(),
                Optional.empty(),
                openOn.isPresent() ? SearchQuery.Sort.CLOSES_ON : SearchQuery.Sort.RELEVANCE,
                new PageRequest.Bounds(1, 20));
    }

    private static String search(Kind kind, Optional<String> text, Optional<String> domain, Optional<LocalDate> openOn)
            throws Exception {
        SearchQuery query = searchQuery(text, domain, openOn);
        connection.setAutoCommit(false);
        try (Statement settings = connection.createStatement()) {
            settings.execute(CatalogueSearch.planSettings(query));
            Optional<SearchText.Match> match = query.text().map(CatalogueQueryPlansTest::match);
            SearchFilters filters = SearchFilters.of(kind, query, Optional.empty(), match);
            Map<String, Object> params = new HashMap<>(filters.params());
            params.put("limit", 20);
            params.put("offset", 0);
            return explain(CatalogueSearch.searchSql(kind, query, filters, match), params);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** The text's queries as the application builds them, from the vocabulary. */
    private static SearchText.Match match(String text) {
        Map<String, Object> params = Map.of("text", text);
        String sql = SearchText.WIDEN_SQL;
        Matcher m = Pattern.compile("(?<![:\\w]):(\\w+)").matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        int count = 0;
        while (m.find()) {
            count++;
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement statement = connection.prepareStatement(jdbc.toString())) {
            for (int i = 1; i <= count; i++) {
                statement.setString(i, (String) params.get("text"));
            }
            String exact = "";
            Map<String, List<String>> compounds = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    exact = rows.getString(1);
                    if (rows.getString(3) != null) {
                        compounds
                                .computeIfAbsent(rows.getString(2), k -> new ArrayList<>())
                                .add(rows.getString(3));
                    }
                }
            }
            return SearchText.Match.of(exact, compounds);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** EXPLAIN of the statement with its named (:name) or numbered (?1) parameters bound, as a custom plan. */
    private static String explain(String sql, Map<String, Object> params) throws Exception {
        Matcher m = Pattern.compile("(?<![:\\w]):(\\w+)|\\?(\\d+)").matcher(sql);
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            values.add(params.get(m.group(1) != null ? m.group(1) : m.group(2)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(
                        i + 1, values.get(i) instanceof LocalDate d ? java.sql.Date.valueOf(d) : values.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static void assertNoSequentialScan(String plan) {
        assertThat(plan)
                .as(plan)
                .doesNotContain("Seq Scan on catalogue_item")
                .doesNotContain("Seq Scan on catalogue_search")
                .doesNotContain("Seq Scan on catalogue_link")
                .doesNotContain("Seq Scan on catalogue_word");
    }
}
