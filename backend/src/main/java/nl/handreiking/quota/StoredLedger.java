package nl.handreiking.quota;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The carried arrears kept on each row (migration V115), so a half year's figures are one indexed read of
 * its own rows instead of carrying every half year before it on every call. Whoever writes figures takes
 * {@link #lockForWriting()} first and calls {@link #refresh()} before committing, so the stored balances
 * change in the same transaction as the figures. A read that still finds stale rows (figures written by hand
 * in SQL) carries them itself when no writer is busy, and otherwise computes the balances as before.
 */
@ApplicationScoped
class StoredLedger {

    /** One lock for everyone who carries balances: writers wait for it, readers only try it. */
    private static final String LOCK = "hashtextextended('housing-quota-ledger', 0)";

    private static final String COLUMNS =
            "municipality_code, period, target, realised, arrears_in, estimated, source, note";

    /** Before writing figures: waits until no one else is carrying balances, for the rest of the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockForWriting() {
        HousingQuota.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK + ")")
                .getSingleResult();
    }

    /** Carries every municipality with a stale row again and stores the balances, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void refresh() {
        HousingQuota.flush();
        session().doWork(connection -> {
            List<HousingQuota> rows = read(
                    connection,
                    "SELECT " + COLUMNS + " FROM housing_quota WHERE municipality_code IN"
                            + " (SELECT municipality_code FROM housing_quota WHERE ledger_stale)");
            if (!rows.isEmpty()) {
                store(connection, QuotaLedger.balances(rows));
            }
        });
    }

    /**
     * The balances of one half year: as stored, or, when some rows are stale and another transaction is
     * carrying balances right now, carried here from every half year up to this one.
     */
    List<QuotaLedger.Balance> of(HalfYear period) {
        boolean current = !anyStale() || QuarkusTransaction.requiringNew().call(this::tryRefresh);
        List<QuotaLedger.Balance> balances = new ArrayList<>();
        session().doWork(connection -> {
            if (!current) {
                // 2021-H1 < 2021-H2 < 2022-H1 as text too: the database picks the half years up to this one
                List<HousingQuota> rows = read(
                        connection, "SELECT " + COLUMNS + " FROM housing_quota WHERE period <= ?", period.toString());
                QuotaLedger.balances(rows).values().stream()
                        .flatMap(List::stream)
                        .filter(balance -> balance.quota().halfYear().equals(period))
                        .forEach(balances::add);
                return;
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + ", carried_in, balance_end, ledger_estimated FROM housing_quota WHERE period = ?")) {
                select.setString(1, period.toString());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        balances.add(new QuotaLedger.Balance(
                                quota(row),
                                integer(row, "carried_in"),
                                integer(row, "balance_end"),
                                new LinkedHashSet<>(strings(row.getArray("ledger_estimated")))));
                    }
                }
            }
        });
        return balances;
    }

    private boolean anyStale() {
        return (Boolean) HousingQuota.getEntityManager()
                .createNativeQuery("SELECT EXISTS (SELECT 1 FROM housing_quota WHERE ledger_stale)")
                .getSingleResult();
    }

    private boolean tryRefresh() {
        boolean locked = (Boolean) HousingQuota.getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(" + LOCK + ")")
                .getSingleResult();
        if (locked) {
            refresh();
        }
        return locked;
    }

    /** Every row of the municipalities carried; no one else carries meanwhile (they hold or tried the same lock). */
    private static void store(Connection connection, Map<String, List<QuotaLedger.Balance>> balances)
            throws SQLException {
        List<String> municipalities = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<Integer> carriedIn = new ArrayList<>();
        List<Integer> balanceEnd = new ArrayList<>();
        List<String> estimated = new ArrayList<>();
        balances.values()
                .forEach(list -> list.forEach(balance -> {
                    municipalities.add(balance.quota().municipalityCode);
                    periods.add(balance.quota().period);
                    carriedIn.add(balance.arrearsIn());
                    balanceEnd.add(balance.arrearsEnd());
                    estimated.add(String.join(",", balance.estimated()));
                }));
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE housing_quota q
                SET carried_in = v.carried_in, balance_end = v.balance_end,
                    ledger_estimated = string_to_array(v.estimated, ','), ledger_stale = false
                FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::text[])
                     AS v(municipality_code, period, carried_in, balance_end, estimated)
                WHERE q.municipality_code = v.municipality_code AND q.period = v.period
                """)) {
            update.setArray(1, connection.createArrayOf("text", municipalities.toArray()));
            update.setArray(2, connection.createArrayOf("text", periods.toArray()));
            update.setArray(3, connection.createArrayOf("int4", carriedIn.toArray()));
            update.setArray(4, connection.createArrayOf("int4", balanceEnd.toArray()));
            update.setArray(5, connection.createArrayOf("text", estimated.toArray()));
            update.executeUpdate();
        }
    }

    private static List<HousingQuota> read(Connection connection, String sql, String... parameters)
            throws SQLException {
        List<HousingQuota> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(quota(row));
                }
            }
        }
        return rows;
    }

    private static HousingQuota quota(ResultSet row) throws SQLException {
        HousingQuota quota = new HousingQuota();
        quota.municipalityCode = row.getString("municipality_code");
        quota.period = row.getString("period");
        quota.target = row.getInt("target");
        quota.realised = integer(row, "realised");
        quota.arrearsIn = integer(row, "arrears_in");
        quota.estimated = strings(row.getArray("estimated"));
        quota.source = row.getString("source");
        quota.note = row.getString("note");
        return quota;
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Session session() {
        return HousingQuota.getEntityManager().unwrap(Session.class);
    }
}
