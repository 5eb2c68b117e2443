package nl.handreiking.quota;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Carries arrears from half year to half year, per municipality. The arrears carried into a half year
 * are the balance at the end of the half year before; only where that balance is unknown (no figures,
 * or no realisation), or is an estimate while arrears were given for the half year, are they taken
 * from what was given. Positive balances are arrears, negative a lead.
 */
final class QuotaLedger {

    /** A half year's figures with the arrears carried in and the balance at its end; empty where unknown. */
    record Balance(HousingQuota quota, Integer arrearsIn, Integer arrearsEnd, Set<String> estimated) {}

    private QuotaLedger() {}

    /** The balances of every row, each municipality's half years in order. */
    static Map<String, List<Balance>> balances(List<HousingQuota> rows) {
        Map<String, List<HousingQuota>> byMunicipality = rows.stream()
                .collect(Collectors.groupingBy(q -> q.municipalityCode, TreeMap::new, Collectors.toList()));
        Map<String, List<Balance>> result = new TreeMap<>();
        byMunicipality.forEach((code, quotas) -> result.put(code, carry(quotas)));
        return result;
    }

    static List<Balance> carry(List<HousingQuota> quotas) {
        List<HousingQuota> ordered = quotas.stream()
                .sorted(Comparator.comparing(HousingQuota::halfYear))
                .toList();
        List<Balance> balances = new ArrayList<>();
        Balance before = null;
        for (HousingQuota quota : ordered) {
            // a balance derived from estimates never overrules arrears given for this half year (reported, or part of a
            // reported total)
            boolean follows = before != null
                    && before.quota().halfYear().next().equals(quota.halfYear())
                    && before.arrearsEnd() != null
                    && (quota.arrearsIn == null || before.estimated().isEmpty());
            Integer in = follows ? before.arrearsEnd() : quota.arrearsIn;
            Set<String> estimated = new LinkedHashSet<>(quota.estimated);
            if (follows && !before.estimated().isEmpty()) {
                estimated.add("arrearsIn");
            }
            Integer end = in == null || quota.realised == null ? null : in + quota.target - quota.realised;
            if (end != null && !estimated.isEmpty()) {
                estimated.add("arrearsEnd");
            }
            Balance balance = new Balance(quota, in, end, estimated);
            balances.add(balance);
            before = balance;
        }
        return balances;
    }

    /** Whether arrears may be given for this half year: only when they cannot be carried from the one before. */
    static boolean arrearsDerivable(List<HousingQuota> quotas, HalfYear period) {
        return carry(quotas).stream()
                .anyMatch(b -> b.quota().halfYear().equals(period.previous())
                        && b.arrearsEnd() != null
                        && b.estimated().isEmpty());
    }
}
