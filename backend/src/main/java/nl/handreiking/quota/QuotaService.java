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
    private final StoredLedger ledger;

    QuotaService(RegionService regions, StoredLedger ledger) {
        this.regions = regions;
        this.ledger = ledger;
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
        return ledger.of(period).stream()
                .filter(b -> scope.municipality()
                        .map(b.quota().municipalityCode::equals)
                        .orElse(true))
                .map(b -> QuotaView.from(
                        b, regions.place(b.quota().municipalityCode).orElseThrow()))
                .filter(q -> scope.province()
                        .map(q.municipality().provinceCode()::equals)
                        .orElse(true))
                .sorted(Comparator.comparing((QuotaView q) -> q.municipality().name()))
                .toList();
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
