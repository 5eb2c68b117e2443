package nl.handreiking.quota;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.handreiking.common.StartingData;
import nl.handreiking.region.Region;

/**
 * At every start, for each municipality and half year that has no figures yet: the housing quota figures
 * reported for one municipality ({@code data/quotas/starting-quotas.json}), then the reported national and
 * provincial totals (table housing_quota_total) spread over the remaining municipalities of their scope
 * in proportion to population, by largest remainder, so that each total equals the sum of its parts.
 * Spread figures are marked as estimates; what no source gives stays unknown. Rows that exist (an
 * import, or an earlier start) are never touched; their figures are taken off the totals first.
 */
@ApplicationScoped
public class StartingQuotas {

    /** After the regions (default priority), whose population the spreading needs. */
    private static final int STARTUP_AFTER_REGIONS = jakarta.interceptor.Interceptor.Priority.APPLICATION + 700;

    private static final String FILE = "/data/quotas/starting-quotas.json";
    private static final List<String> FIELDS = List.of("target", "realised", "arrearsIn");

    /** Figures reported for one municipality; the fields named in {@code estimate} are taken from the spread total. */
    record Municipal(
            String municipality,
            String period,
            Integer target,
            Integer realised,
            Integer arrearsIn,
            List<String> estimate,
            String note,
            String source) {

        Integer value(String field) {
            return switch (field) {
                case "target" -> target;
                case "realised" -> realised;
                default -> arrearsIn;
            };
        }

        boolean estimates(String field) {
            return estimate != null && estimate.contains(field);
        }
    }

    record Content(String about, List<Municipal> municipal) {}

    private final ObjectMapper json;
    private final StoredLedger ledger;
    private final StartingData startingData;

    StartingQuotas(ObjectMapper json, StoredLedger ledger, StartingData startingData) {
        this.json = json;
        this.ledger = ledger;
        this.startingData = startingData;
    }

    @Transactional
    void load(@Observes @Priority(STARTUP_AFTER_REGIONS) StartupEvent start) {
        ledger.lockForWriting();
        if (!startingData.upToDate(StartingQuotas.class, FILE)) {
            loadMissing();
        }
        ledger.refresh(); // also carries figures of a database from before the balances were stored
    }

    /** The starting figures, and the reported totals spread, for the municipalities and half years without a row. */
    private void loadMissing() {
        Content content = read();
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, HousingQuota> existing = new HashMap<>();
        HousingQuota.<HousingQuota>listAll().forEach(q -> existing.put(key(q.municipalityCode, q.period), q));
        int before = existing.size();
        content.municipal().stream()
                .filter(m -> m.target() != null && !existing.containsKey(key(m.municipality(), m.period())))
                .forEach(m -> existing.put(
                        key(m.municipality(), m.period()),
                        persist(
                                m.municipality(),
                                m.period(),
                                m.target(),
                                m.realised(),
                                m.arrearsIn(),
                                List.of(),
                                m.note(),
                                m.source(),
                                now)));
        List<Region> municipalities = Region.list("type = 'municipality' order by code");
        for (ReportedTotal total : ReportedTotal.<ReportedTotal>list("order by period, scopeCode")) {
            spread(total, municipalities, content, existing, now);
        }
        if (existing.size() > before) {
            Log.infof("Housing quota starting figures loaded: %d rows", existing.size() - before);
        }
    }

    /** One reported total over the municipalities of its scope that have no row yet; their reported fields are kept. */
    private static void spread(
            ReportedTotal total,
            List<Region> municipalities,
            Content content,
            Map<String, HousingQuota> existing,
            OffsetDateTime now) {
        List<Region> inScope = municipalities.stream()
                .filter(r -> total.scopeCode.equals(ReportedTotal.COUNTRY) || r.province.code.equals(total.scopeCode))
                .toList();
        List<Region> open = inScope.stream()
                .filter(r -> !existing.containsKey(key(r.code, total.period)))
                .toList();
        if (open.isEmpty() || total.target == null) {
            return;
        }
        Map<String, Municipal> partial = content.municipal().stream()
                .filter(m -> m.period().equals(total.period))
                .collect(Collectors.toMap(Municipal::municipality, m -> m));
        Map<String, Map<String, Integer>> estimates = new HashMap<>();
        for (String field : FIELDS) {
            shareOut(total, field, inScope, open, partial, existing, estimates);
        }
        for (Region r : open) {
            Municipal own = partial.get(r.code);
            Map<String, Integer> spread = estimates.getOrDefault(r.code, Map.of());
            Integer target = spread.containsKey("target") ? spread.get("target") : own == null ? null : own.target();
            if (target != null) {
                Integer realised =
                        spread.containsKey("realised") ? spread.get("realised") : own == null ? null : own.realised();
                Integer arrearsIn = spread.containsKey("arrearsIn")
                        ? spread.get("arrearsIn")
                        : own == null ? null : own.arrearsIn();
                existing.put(
                        key(r.code, total.period),
                        persist(
                                r.code,
                                total.period,
                                target,
                                realised,
                                arrearsIn,
                                List.copyOf(spread.keySet()),
                                own == null ? total.note : own.note() + " " + spreadNote(total),
                                own == null ? total.source : own.source(),
                                now));
            }
        }
    }

    /**
     * One field of a total over the open municipalities that have no reported value for it: what the others
     * account for (rows that exist, reported fields) is taken off first, so the parts add up to the total.
     */
    private static void shareOut(
            ReportedTotal total,
            String field,
            List<Region> inScope,
            List<Region> open,
            Map<String, Municipal> partial,
            Map<String, HousingQuota> existing,
            Map<String, Map<String, Integer>> estimates) {
        Integer reported = reported(total, field);
        if (reported == null) {
            return;
        }
        List<Region> among = open.stream()
                .filter(r -> !partial.containsKey(r.code) || partial.get(r.code).estimates(field))
                .toList();
        long known = inScope.stream()
                .filter(r -> !among.contains(r))
                .mapToLong(r -> {
                    HousingQuota row = existing.get(key(r.code, total.period));
                    Integer value = row != null
                            ? valueOf(row, field)
                            : partial.containsKey(r.code) ? partial.get(r.code).value(field) : null;
                    return value == null ? 0 : value;
                })
                .sum();
        int[] parts = among.isEmpty() ? new int[0] : spreadOver(among, Math.toIntExact(reported - known));
        for (int i = 0; i < among.size(); i++) {
            estimates
                    .computeIfAbsent(among.get(i).code, k -> new LinkedHashMap<>())
                    .put(field, parts[i]);
        }
    }

    private static String key(String municipality, String period) {
        return municipality + " " + period;
    }

    private static String spreadNote(ReportedTotal total) {
        return "Geschat: " + (total.scopeCode.equals(ReportedTotal.COUNTRY) ? "landelijk" : "provinciaal")
                + " totaal verdeeld naar inwonertal.";
    }

    private static Integer reported(ReportedTotal total, String field) {
        return switch (field) {
            case "target" -> total.target;
            case "realised" -> total.realised;
            default -> total.arrearsIn;
        };
    }

    private static Integer valueOf(HousingQuota quota, String field) {
        return switch (field) {
            case "target" -> quota.target;
            case "realised" -> quota.realised;
            default -> quota.arrearsIn;
        };
    }

    /** Divides a total in proportion to population, by largest remainder: the parts add up to the total exactly. */
    static int[] spreadOver(List<Region> regions, int total) {
        long population = regions.stream()
                .mapToLong(r -> r.population == null ? 0 : r.population)
                .sum();
        int[] parts = new int[regions.size()];
        double[] remainders = new double[regions.size()];
        int given = 0;
        for (int i = 0; i < regions.size(); i++) {
            double exact =
                    (double) total * (regions.get(i).population == null ? 0 : regions.get(i).population) / population;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> remainders[i])
                .reversed()
                .thenComparing(i -> regions.get(i).code));
        for (int k = 0; k < total - given; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    private static HousingQuota persist(
            String municipality,
            String period,
            int target,
            Integer realised,
            Integer arrearsIn,
            List<String> estimated,
            String note,
            String source,
            OffsetDateTime now) {
        HousingQuota quota = new HousingQuota();
        quota.municipalityCode = municipality;
        quota.period = period;
        quota.target = target;
        quota.realised = realised;
        quota.arrearsIn = arrearsIn;
        quota.estimated = estimated;
        quota.note = note;
        quota.source = source;
        quota.written(now);
        quota.persist();
        return quota;
    }

    private Content read() {
        try (InputStream in = StartingQuotas.class.getResourceAsStream(FILE)) {
            return json.readValue(in, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
