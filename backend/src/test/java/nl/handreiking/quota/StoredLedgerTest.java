package nl.handreiking.quota;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.Test;

/**
 * The carried arrears are kept on the rows (issue 13), so a half year is read without the ones before it:
 * what is stored must always equal carrying every half year again, whoever wrote the figures and how.
 */
@QuarkusTest
class StoredLedgerTest {

    private static final String HEADER = "municipality;period;target;realised;arrearsIn\n";

    @Inject
    StoredLedger ledger;

    @Test
    void changingAnEarlierHalfYearChangesWhatIsStoredForTheLaterOnesInTheSameImport() {
        String support = SignIn.as("support");
        importCsv(support, HEADER + "GM0153;2036-H1;40;30;5\nGM0153;2036-H2;20;35;\nGM0153;2037-H1;30;10;\n");
        importCsv(support, HEADER + "GM0153;2036-H1;40;10;5\n"); // 20 fewer housed: 20 more arrears after

        assertThat(staleRows())
                .as("rows left to carry after the import committed")
                .isZero();
        assertThat(stored("GM0153", "2036-H2").arrearsIn()).isEqualTo(35);
        assertThat(stored("GM0153", "2037-H1").arrearsEnd()).isEqualTo(40);
        assertStoredEqualsRecount();
    }

    @Test
    void figuresWrittenByHandInSqlAreCarriedAtTheNextRead() {
        QuarkusTransaction.requiringNew()
                .run(() -> HousingQuota.getEntityManager()
                        .createNativeQuery("INSERT INTO housing_quota (municipality_code, period, target, realised,"
                                + " arrears_in, estimated, source, updated_at) VALUES"
                                + " ('GM0193', '2038-H1', 12, 4, 3, '{}', 'hand', now()),"
                                + " ('GM0193', '2038-H2', 10, 6, NULL, '{}', 'hand', now())")
                        .executeUpdate());
        assertThat(staleRows()).isPositive();

        given().queryParam("period", "2038-H2")
                .get("/api/v1/housing-quotas/totals")
                .then()
                .statusCode(200);

        assertThat(staleRows()).isZero();
        assertThat(stored("GM0193", "2038-H2").arrearsIn()).isEqualTo(11);
        assertThat(stored("GM0193", "2038-H2").arrearsEnd()).isEqualTo(15);
        assertStoredEqualsRecount();
    }

    private void assertStoredEqualsRecount() {
        Map<String, List<QuotaLedger.Balance>> recount =
                QuarkusTransaction.requiringNew().call(() -> QuotaLedger.balances(HousingQuota.listAll()));
        Map<String, List<String>> recounted = recount.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.groupingBy(
                        b -> b.quota().period, Collectors.mapping(StoredLedgerTest::line, Collectors.toList())));
        recounted.forEach((period, lines) -> assertThat(
                        QuarkusTransaction.requiringNew()
                                .call(() -> ledger.of(HalfYear.parse(period).orElseThrow()))
                                .stream()
                                .map(StoredLedgerTest::line)
                                .toList())
                .as("stored balances of " + period)
                .containsExactlyInAnyOrderElementsOf(lines));
    }

    private static String line(QuotaLedger.Balance balance) {
        return balance.quota().municipalityCode + " in=" + balance.arrearsIn() + " end=" + balance.arrearsEnd()
                + " estimated=" + balance.estimated();
    }

    private QuotaLedger.Balance stored(String municipality, String period) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ledger.of(HalfYear.parse(period).orElseThrow()))
                .stream()
                .filter(b -> b.quota().municipalityCode.equals(municipality))
                .findFirst()
                .orElseThrow();
    }

    private static long staleRows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) HousingQuota.getEntityManager()
                                .createNativeQuery("SELECT count(*) FROM housing_quota WHERE ledger_stale")
                                .getSingleResult())
                        .longValue());
    }

    private static void importCsv(String token, String csv) {
        given().header("Authorization", "Bearer " + token)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/housing-quotas/imports")
                .then()
                .statusCode(200);
    }
}
