package nl.handreiking.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Carrying arrears from half year to half year, without a database: the ledger is plain arithmetic. */
class QuotaLedgerTest {

    @Test
    void arrearsAndLeadCarryAcrossThreeHalfYears() {
        List<QuotaLedger.Balance> balances = QuotaLedger.carry(
                List.of(quota("2021-H2", 20, 35, null), quota("2021-H1", 40, 30, 5), quota("2022-H1", 30, 10, null)));
        assertThat(balances).extracting(b -> b.quota().period).containsExactly("2021-H1", "2021-H2", "2022-H1");
        assertThat(balances).extracting(QuotaLedger.Balance::arrearsIn).containsExactly(5, 15, 0);
        assertThat(balances).extracting(QuotaLedger.Balance::arrearsEnd).containsExactly(15, 0, 20);
    }

    @Test
    void aLeadIsNegativeAndReducesTheNextHalfYear() {
        List<QuotaLedger.Balance> balances =
                QuotaLedger.carry(List.of(quota("2021-H1", 10, 14, 0), quota("2021-H2", 10, 5, null)));
        assertThat(balances).extracting(QuotaLedger.Balance::arrearsEnd).containsExactly(-4, 1);
    }

    @Test
    void anUnknownRealisationBreaksTheChainUntilArrearsAreGivenAgain() {
        List<QuotaLedger.Balance> balances = QuotaLedger.carry(List.of(
                quota("2021-H1", 10, null, 0),
                quota("2021-H2", 10, 8, null),
                quota("2022-H1", 10, 10, 3),
                quota("2022-H2", 10, 10, null)));
        assertThat(balances).extracting(QuotaLedger.Balance::arrearsIn).containsExactly(0, null, 3, 3);
        assertThat(balances).extracting(QuotaLedger.Balance::arrearsEnd).containsExactly(null, null, 3, 3);
    }

    @Test
    void aGapOfAHalfYearIsNotBridged() {
        List<QuotaLedger.Balance> balances =
                QuotaLedger.carry(List.of(quota("2021-H1", 10, 5, 0), quota("2022-H1", 10, 10, null)));
        assertThat(balances.get(1).arrearsIn()).isNull();
    }

    @Test
    void estimatesMakeWhatIsDerivedFromThemAnEstimate() {
        HousingQuota estimated = quota("2021-H1", 10, 5, 0);
        estimated.estimated = List.of("target");
        List<QuotaLedger.Balance> balances = QuotaLedger.carry(List.of(estimated, quota("2021-H2", 10, 10, null)));
        assertThat(balances.get(0).estimated()).containsExactly("target", "arrearsEnd");
        assertThat(balances.get(1).estimated()).containsExactly("arrearsIn", "arrearsEnd");
    }

    static HousingQuota quota(String period, int target, Integer realised, Integer arrearsIn) {
        HousingQuota quota = new HousingQuota();
        quota.municipalityCode = "GM0344";
        quota.period = period;
        quota.target = target;
        quota.realised = realised;
        quota.arrearsIn = arrearsIn;
        quota.estimated = List.of();
        return quota;
    }
}
