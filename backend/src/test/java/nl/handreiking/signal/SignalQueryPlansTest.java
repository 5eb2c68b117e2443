package nl.handreiking.signal;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.handreiking.common.SentStatements;
import nl.handreiking.common.SignIn;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * At national scale (the bench's million signals with their events) the support queue's first page and the
 * public statistics read no table of signals or events from end to end. The SQL explained is what the
 * application sent for those calls; the million signals live in a schema of their own, dropped afterwards.
 */
@QuarkusTest
class SignalQueryPlansTest {

    private static final String SCALE = "signal_scale_check";
    private static final Path GENERATOR = Path.of("../scripts/bench/data/30-signals.sql");
    /** The large tables: signals, their events, and the daily tallies of the statistics. */
    private static final Pattern WHOLE_TABLE = Pattern.compile(
            "Seq Scan on (signal|signal_event|signal_theme_tally|signal_status_tally|signal_answer_tally)\\b");

    @Test
    void theQueueAndTheStatisticsReadNoWholeTableAtAMillionSignals() throws SQLException, IOException {
        String support = SignIn.as("support");
        SentStatements.clear();
        given().header("Authorization", "Bearer " + support)
                .when()
                .get("/api/v1/signals?page=1")
                .then()
                .statusCode(200);
        List<String> queue = about(SentStatements.since());
        SentStatements.clear();
        given().when().get("/api/v1/signals/statistics").then().statusCode(200);
        List<String> statistics = about(SentStatements.since());
        assertThat(queue).anyMatch(sql -> sql.contains(" order by case when"));
        assertThat(statistics).hasSize(3);

        // not from the pool: its socket timeout (10 s) would cut off the generator
        try (Connection connection =
                        DriverManager.getConnection(config("url"), config("username"), config("password"));
                Statement sql = connection.createStatement()) {
            try {
                atScale(sql);
                for (String statement : queue) {
                    assertThat(plan(sql, statement, pageValues(statement))).doesNotContainPattern(WHOLE_TABLE);
                }
                for (String statement : statistics) {
                    assertThat(plan(sql, statement, periodValues())).doesNotContainPattern(WHOLE_TABLE);
                }
            } finally {
                sql.execute("RESET search_path");
                sql.execute("DROP SCHEMA IF EXISTS " + SCALE + " CASCADE");
            }
        }
    }

    /** A schema like the application's, with its regions and a million generated signals. */
    private void atScale(Statement sql) throws SQLException, IOException {
        sql.execute("DROP SCHEMA IF EXISTS " + SCALE + " CASCADE");
        Flyway.configure()
                .dataSource(config("url"), config("username"), config("password"))
                .schemas(SCALE)
                .defaultSchema(SCALE)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        sql.execute("SET search_path TO " + SCALE + ", public");
        sql.execute("INSERT INTO region SELECT * FROM public.region ORDER BY province_code NULLS FIRST");
        sql.execute(Files.readString(GENERATOR));
        try (ResultSet count = sql.executeQuery("SELECT count(*) FROM signal")) {
            count.next();
            assertThat(count.getLong(1)).isGreaterThanOrEqualTo(1_000_000);
        }
    }

    private static String config(String name) {
        return ConfigProvider.getConfig()
                .getValue("quarkus.datasource." + (name.equals("url") ? "jdbc.url" : name), String.class);
    }

    /** The statements about signals (not those of signing in, regions or organisations). */
    private static List<String> about(List<String> sent) {
        return sent.stream()
                .filter(sql -> sql.matches("(?s).*\\bsignal(_\\w+_tally)?\\b.*"))
                .toList();
    }

    /** The first page: offset 0 (when Hibernate sends one), 20 rows. */
    private static List<String> pageValues(String statement) {
        long parameters = statement.chars().filter(c -> c == '?').count();
        return parameters == 2 ? List.of("0", "20") : parameters == 1 ? List.of("20") : List.of();
    }

    /**
     * The default period (the last twelve months) as SignalStatistics binds it: ?1 whole months from, ?2
     * whole months to (exclusive), ?3 first day, ?1, ?2, ?4 the day after the last.
     */
    private static List<String> periodValues() {
        LocalDate today = LocalDate.now(AnswerTerms.ZONE);
        String from = "'" + today.minusMonths(11).withDayOfMonth(1) + "'";
        String monthsEnd = "'" + today.plusDays(1).withDayOfMonth(1) + "'";
        String afterTo = "'" + today.plusDays(1) + "'";
        return List.of(from, monthsEnd, from, from, monthsEnd, afterTo);
    }

    private static String plan(Statement sql, String statement, List<String> values) throws SQLException {
        Matcher parameter = Pattern.compile("\\?").matcher(statement);
        StringBuilder bound = new StringBuilder();
        int next = 0;
        while (parameter.find()) {
            parameter.appendReplacement(bound, Matcher.quoteReplacement(values.get(next++)));
        }
        parameter.appendTail(bound);
        assertThat(next).as("parameters of " + statement).isEqualTo(values.size());
        List<String> lines = new ArrayList<>();
        try (ResultSet plan = sql.executeQuery("EXPLAIN " + bound)) {
            while (plan.next()) {
                lines.add(plan.getString(1));
            }
        }
        return statement + "\n" + String.join("\n", lines);
    }
}
