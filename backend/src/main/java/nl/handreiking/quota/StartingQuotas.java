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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.handreiking.region.Region;

/**
 * At first start (always: these are real figures, not demo content): the housing quota figures of
 * {@code data/quotas/starting-quotas.json}. Totals are spread over their municipalities by population,
 * by largest remainder, so that each total equals the sum of its parts; those figures are estimates.
 */
@ApplicationScoped
public class StartingQuotas {

    /** After the regions (default priority), whose population the spreading needs. */
    private static final int STARTUP_AFTER_REGIONS = jakarta.interceptor.Interceptor.Priority.APPLICATION + 700;
    private static final String FILE = "/data/quotas/starting-quotas.json";


    record Municipal(String municipality, String period, Integer target, Integer realised, Integer arrearsIn, String note, String source) {
    }

    record Spread(String scope, String period, Integer target, Integer realised, Integer arrearsIn, String note, String source) {
    }

    record Content(String about, List<Municipal> municipal, List<Spread> spread) {
    }

    private final ObjectMapper json;

    StartingQuotas(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    void load(@Observes @Priority(STARTUP_AFTER_REGIONS) StartupEvent start) {
        if (HousingQuota.count() > 0) {
            return;
        }
        Content content = read();
        OffsetDateTime now = OffsetDateTime.now();
        content.municipal().forEach(m -> persist(m.municipality(), m.period(), m.target(), m.realised(), m.arrearsIn(), List.of(), m.note(), m.source(), now));
        List<Region> municipalities = Region.list("type = 'municipality' order by code");
        for (Spread spread : content.spread()) {
            List<Region> inScope = municipalities.stream().filter(r -> spread.scope().equals("NL") || r.province.code.equals(spread.scope())).toList();
            Set<String> scopeCodes = inScope.stream().map(r -> r.code).collect(Collectors.toSet());
            List<Municipal> reported = content.municipal().stream()
                    .filter(m -> m.period().equals(spread.period()) && scopeCodes.contains(m.municipality())).toList();
            Set<String> reportedCodes = reported.stream().map(Municipal::municipality).collect(Collectors.toSet());
            List<Region> among = inScope.stream().filter(r -> !reportedCodes.contains(r.code)).toList();
            // what the reported municipalities account for is taken off the total first, so that the sum stays the total
            int[] targets = spreadOver(among, spread.target() - reported.stream().mapToInt(Municipal::target).sum());
            int[] realised = spread.realised() == null ? null
                    : spreadOver(among, spread.realised() - reported.stream().filter(m -> m.realised() != null).mapToInt(Municipal::realised).sum());
            int[] arrears = spread.arrearsIn() == null ? null
                    : spreadOver(among, spread.arrearsIn() - reported.stream().filter(m -> m.arrearsIn() != null).mapToInt(Municipal::arrearsIn).sum());
            List<String> estimated = new ArrayList<>(List.of("target"));
            if (realised != null) {
                estimated.add("realised");
            }
            if (arrears != null) {
                estimated.add("arrearsIn");
            }
            for (int i = 0; i < among.size(); i++) {
                persist(among.get(i).code, spread.period(), targets[i], realised == null ? null : realised[i], arrears == null ? null : arrears[i],
                        estimated, spread.note(), spread.source(), now);
            }
        }
        Log.infof("Housing quota starting figures loaded: %d", HousingQuota.count());
    }

    /** Divides a total in proportion to population, by largest remainder: the parts add up to the total exactly. */
    static int[] spreadOver(List<Region> regions, int total) {
        long population = regions.stream().mapToLong(r -> r.population == null ? 0 : r.population).sum();
        int[] parts = new int[regions.size()];
        double[] remainders = new double[regions.size()];
        int given = 0;
        for (int i = 0; i < regions.size(); i++) {
            double exact = (double) total * (regions.get(i).population == null ? 0 : regions.get(i).population) / population;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed().thenComparing(i -> regions.get(i).code));
        for (int k = 0; k < total - given; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    private static void persist(String municipality, String period, int target, Integer realised, Integer arrearsIn, List<String> estimated,
            String note, String source, OffsetDateTime now) {
        HousingQuota quota = new HousingQuota();
        quota.municipalityCode = municipality;
        quota.period = period;
        quota.target = target;
        quota.realised = realised;
        quota.arrearsIn = arrearsIn;
        quota.estimated = estimated;
        quota.note = note;
        quota.source = source;
        quota.updatedAt = now;
        quota.persist();
    }

    private Content read() {
        try (InputStream in = StartingQuotas.class.getResourceAsStream(FILE)) {
            return json.readValue(in, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
