package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The counts behind the queue total and the public statistics (migration V42) equal a recount of the
 * signals after any series of submissions, transitions, classifications and first answers, across
 * years, month ends and public holidays. Everything happens in one transaction that is rolled back.
 */
@QuarkusTest
class SignalTalliesTest {

    private static final List<String> STATUSES =
            List.of("submitted", "in_progress", "answered", "forwarded", "rejected", "closed");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTalliesEqualARecountAfterASeriesOfChanges() throws SQLException {
        Random random = new Random(13);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                List<String> regions = column(sql, "SELECT code FROM region ORDER BY code");
                List<String> themes = column(sql, "SELECT code FROM signal_theme ORDER BY code");
                List<String> owners = column(sql, "SELECT code FROM organisation ORDER BY code");
                for (int i = 0; i < 300; i++) {
                    submit(connection, i, random, regions, themes, owners);
                }
                for (int round = 0; round < 600; round++) {
                    change(connection, random.nextInt(300), random, regions, themes);
                }
                sql.execute("DELETE FROM signal WHERE reference LIKE 'SIG-1999-%' AND status = 'rejected'");
                assertThat(tally(sql, "SELECT region_code, owner_code, theme, type, status, n FROM signal_queue_tally"))
                        .isEqualTo(recount(sql).queue());
                assertThat(tally(sql, "SELECT owner_code, theme, type, status, n FROM signal_queue_national_tally"))
                        .isEqualTo(recount(sql).national());
                assertThat(tally(sql, "SELECT grain, period, province_code, theme, n FROM signal_theme_tally"))
                        .isEqualTo(recount(sql).themes());
                assertThat(tally(sql, "SELECT grain, period, province_code, status, n FROM signal_status_tally"))
                        .isEqualTo(recount(sql).statuses());
                assertThat(
                                tally(
                                        sql,
                                        "SELECT grain, period, province_code, working_days, on_time, n FROM signal_answer_tally"))
                        .isEqualTo(recount(sql).answers());
            } finally {
                connection.rollback();
            }
        }
    }

    /** Counted again from the signals themselves, working days as {@link WorkingDays} counts them. */
    private record Recount(
            Map<String, Long> queue,
            Map<String, Long> national,
            Map<String, Long> themes,
            Map<String, Long> statuses,
            Map<String, Long> answers) {}

    private static Recount recount(Statement sql) throws SQLException {
        Recount counts =
                new Recount(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        try (ResultSet row = sql.executeQuery("""
                SELECT s.region_code, s.owner_code, s.theme, s.type, s.status, coalesce(r.province_code, r.code),
                       s.submitted_at, s.first_answered_at, s.answered_on_time
                FROM signal s JOIN region r ON r.code = s.region_code""")) {
            while (row.next()) {
                counts.queue()
                        .merge(
                                key(
                                        row.getString(1),
                                        row.getString(2),
                                        row.getString(3),
                                        row.getString(4),
                                        row.getString(5)),
                                1L,
                                Long::sum);
                counts.national()
                        .merge(
                                key(row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                                1L,
                                Long::sum);
                LocalDate day = AnswerTerms.dateOf(row.getObject(7, OffsetDateTime.class));
                OffsetDateTime answered = row.getObject(8, OffsetDateTime.class);
                for (String grain : List.of("day", "month")) {
                    LocalDate period = grain.equals("day") ? day : day.withDayOfMonth(1);
                    counts.themes().merge(key(grain, period, row.getString(6), row.getString(3)), 1L, Long::sum);
                    counts.statuses().merge(key(grain, period, row.getString(6), row.getString(5)), 1L, Long::sum);
                    if (answered != null) {
                        int days = WorkingDays.between(day, AnswerTerms.dateOf(answered));
                        counts.answers()
                                .merge(key(grain, period, row.getString(6), days, row.getBoolean(9)), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> tally(Statement sql, String query) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet row = sql.executeQuery(query)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                Object[] key = new Object[columns - 1];
                for (int i = 0; i < key.length; i++) {
                    key[i] = row.getObject(i + 1);
                }
                if (row.getLong(columns) != 0) {
                    counts.put(key(key), row.getLong(columns));
                }
            }
        }
        return counts;
    }

    private static String key(Object... parts) {
        List<String> texts = new ArrayList<>();
        for (Object part : parts) {
            texts.add(part instanceof java.sql.Date date ? date.toLocalDate().toString() : String.valueOf(part));
        }
        return String.join("|", texts);
    }

    /** A moment between 2019 and 2026, often near a month end, a new year or a holiday. */
    private static OffsetDateTime moment(Random random) {
        LocalDate day = LocalDate.of(2019 + random.nextInt(8), 1 + random.nextInt(12), 1)
                .plusDays(random.nextInt(3) - 1L + (random.nextBoolean() ? 0 : random.nextInt(28)));
        // around midnight in the Netherlands, so that the Dutch date differs from the UTC one
        return day.atStartOfDay()
                .atOffset(ZoneOffset.UTC)
                .plusMinutes(random.nextInt(180) - 120L + 60L * random.nextInt(24));
    }

    private static void submit(
            Connection connection, int i, Random random, List<String> regions, List<String> themes, List<String> owners)
            throws SQLException {
        OffsetDateTime submitted = moment(random);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO signal (id, reference, type, theme, title, description, region_code, submitter_type,
                    submitter_id, submitter_name, owner_code, status, priority, submitted_at, due_on, version, updated_at)
                VALUES (gen_random_uuid(), ?, ?, ?, 'Telling', 'Telling', ?, 'user', 'tally-test', 'Test', ?, 'submitted',
                    'normal', ?, ?, 1, now())""")) {
            insert.setString(1, String.format("SIG-1999-%06d", i));
            insert.setString(2, random.nextBoolean() ? "signal" : "question");
            insert.setString(3, themes.get(random.nextInt(themes.size())));
            insert.setString(4, regions.get(random.nextInt(regions.size())));
            insert.setString(5, owners.get(random.nextInt(owners.size())));
            insert.setObject(6, submitted);
            insert.setObject(7, AnswerTerms.dateOf(submitted).plusDays(14));
            insert.executeUpdate();
        }
    }

    /** A transition (with a first answer some days later), a classification or a move to another region. */
    private static void change(Connection connection, int i, Random random, List<String> regions, List<String> themes)
            throws SQLException {
        String reference = String.format("SIG-1999-%06d", i);
        int kind = random.nextInt(4);
        String update = switch (kind) {
            case 0 -> "UPDATE signal SET status = ?, version = version + 1 WHERE reference = ?";
            case 1 -> "UPDATE signal SET theme = ?, owner_code = 'BZK' WHERE reference = ?";
            case 2 -> "UPDATE signal SET region_code = ? WHERE reference = ?";
            default ->
                "UPDATE signal SET status = 'answered', first_answered_at = submitted_at + ?::interval,"
                        + " answered_on_time = random() < 0.5 WHERE reference = ? AND first_answered_at IS NULL";
        };
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(
                    1,
                    switch (kind) {
                        case 0 -> STATUSES.get(random.nextInt(STATUSES.size()));
                        case 1 -> themes.get(random.nextInt(themes.size()));
                        case 2 -> regions.get(random.nextInt(regions.size()));
                        default -> random.nextInt(40) + " days " + random.nextInt(24) + " hours";
                    });
            statement.setString(2, reference);
            statement.executeUpdate();
        }
    }

    private static List<String> column(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet row = sql.executeQuery(query)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}
