package nl.handreiking.quota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.region.RegionService;

/** Reads the housing quota: per municipality with its carried arrears, and totals per province and country. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuotaService {

    /** The municipalities to look at; empty means all. */
    record Scope(Optional<String> province, Optional<String> municipality) {}

    private final RegionService regions;

    QuotaService(RegionService regions) {
        this.regions = regions;
    }

    /**
     * The half years with figures, newest first, with how many municipalities have figures; one of them is
     * the default that every view opens on (see {@link #standard}).
     */
    List<PeriodView> periods() {
        List<Object[]> rows = HousingQuota.getEntityManager()
                .createQuery(
                        "select q.period, count(q), count(q.realised) from HousingQuota q group by q.period",
                        Object[].class)
                .getResultList();
        long all = regions.municipalityCounts().get(ReportedTotal.COUNTRY);
        List<Object[]> newestFirst = rows.stream()
                .sorted(Comparator.comparing(
                                (Object[] r) -> HalfYear.parse((String) r[0]).orElseThrow())
                        .reversed())
                .toList();
        String standard = standardOf(newestFirst, all);
        return newestFirst.stream()
                .map(r -> new PeriodView(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[1]).longValue() >= all,
                        r[0].equals(standard)))
                .toList();
    }

    /**
     * The half year every view opens on: the newest in which every municipality has figures and some
     * realisation is known; else the newest in which every municipality has figures; else the newest.
     * A half year for which only a few municipalities sent figures is never the default.
     */
    private static String standardOf(List<Object[]> newestFirst, long all) {
        return newestFirst.stream()
                .filter(r -> ((Number) r[1]).longValue() >= all && ((Number) r[2]).longValue() > 0)
                .findFirst()
                .or(() -> newestFirst.stream()
                        .filter(r -> ((Number) r[1]).longValue() >= all)
                        .findFirst())
                .or(() -> newestFirst.stream().findFirst())
                .map(r -> (String) r[0])
                .orElse(null);
    }

    /** The half year shown when none is asked for, if there are any figures. */
    Optional<HalfYear> standard() {
        return periods().stream()
                .filter(PeriodView::isDefault)
                .findFirst()
                .map(p -> HalfYear.parse(p.period()).orElseThrow());
    }

    /** Every municipality's quota of the period within the scope, by name. */
    List<QuotaView> of(HalfYear period, Scope scope) {
        // 2021-H1 < 2021-H2 < 2022-H1 as text too: the database picks the half years up to this one
        List<HousingQuota> rows = upTo(period).stream()
                .filter(q ->
                        scope.municipality().map(q.municipalityCode::equals).orElse(true))
                .filter(q -> scope.province()
                        .map(p -> regions.place(q.municipalityCode)
                                .map(pl -> pl.provinceCode().equals(p))
                                .orElse(false))
                        .orElse(true))
                .toList();
        return QuotaLedger.balances(rows).entrySet().stream()
                .flatMap(entry -> entry.getValue().stream()
                        .filter(b -> b.quota().halfYear().equals(period))
                        .map(b ->
                                QuotaView.from(b, regions.place(entry.getKey()).orElseThrow())))
                .sorted(Comparator.comparing((QuotaView q) -> q.municipality().name()))
                .toList();
    }

    /**
     * The rows of every half year up to this one, read as plain values: the ledger only reads them, so
     * Hibernate need not manage (and compare at the end) thousands of entities.
     */
    private static List<HousingQuota> upTo(HalfYear period) {
        List<Object[]> rows = HousingQuota.getEntityManager()
                .createNativeQuery(
                        "SELECT municipality_code, period, target, realised, arrears_in, estimated, source, note"
                                + " FROM housing_quota WHERE period <= ?1",
                        Object[].class)
                .setParameter(1, period.toString())
                .getResultList();
        return rows.stream().map(QuotaService::quota).toList();
    }

    private static HousingQuota quota(Object[] row) {
        HousingQuota quota = new HousingQuota();
        quota.municipalityCode = (String) row[0];
        quota.period = (String) row[1];
        quota.target = ((Number) row[2]).intValue();
        quota.realised = row[3] == null ? null : ((Number) row[3]).intValue();
        quota.arrearsIn = row[4] == null ? null : ((Number) row[4]).intValue();
        quota.estimated = estimated(row[5]);
        quota.source = (String) row[6];
        quota.note = (String) row[7];
        return quota;
    }

    private static List<String> estimated(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof java.sql.Array array) {
            try {
                return List.of((String[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value instanceof java.util.Collection<?> c
                ? c.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** Every half year of one municipality, oldest first. */
    List<QuotaView> history(String municipality) {
        RegionService.Place place = regions.place(municipality)
                .orElseThrow(
                        () -> nl.handreiking.common.ProblemException.notFound(Messages.text("detail.noMunicipality")));
        return QuotaLedger.carry(HousingQuota.list("municipalityCode", municipality)).stream()
                .map(b -> QuotaView.from(b, place))
                .toList();
    }

    Page<QuotaView> page(HalfYear period, Scope scope, PageRequest.Bounds bounds) {
        List<QuotaView> all = of(period, scope);
        return Page.of(
                all.subList(
                        Math.min(bounds.offset(), all.size()), Math.min(bounds.offset() + bounds.size(), all.size())),
                bounds,
                all.size());
    }

    QuotaTotalsView totals(HalfYear period) {
        List<QuotaView> all = of(period, new Scope(Optional.empty(), Optional.empty()));
        Map<String, List<QuotaView>> byProvince =
                all.stream().collect(Collectors.groupingBy(q -> q.municipality().provinceCode()));
        Map<String, Long> counts = regions.municipalityCounts();
        Map<String, ReportedTotal> reported = ReportedTotal.<ReportedTotal>list("period", period.toString()).stream()
                .collect(Collectors.toMap(r -> r.scopeCode, r -> r));
        List<QuotaTotalsView.Total> provinces = regions.provinces().stream()
                .map(p -> QuotaTotalsView.Total.of(
                        p.code(),
                        p.name(),
                        byProvince.getOrDefault(p.code(), List.of()),
                        counts.getOrDefault(p.code(), 0L),
                        reported.get(p.code())))
                .toList();
        return new QuotaTotalsView(
                period.toString(),
                QuotaTotalsView.Total.of(
                        ReportedTotal.COUNTRY,
                        "Nederland",
                        all,
                        counts.get(ReportedTotal.COUNTRY),
                        reported.get(ReportedTotal.COUNTRY)),
                provinces);
    }
}
