package nl.handreiking.quota;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Problem;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.region.RegionService;

/**
 * Takes in quota figures as CSV ({@code municipality;period;target;realised;arrearsIn}), line by line and
 * all or nothing: one bad line and nothing is written, with every bad line and field named.
 */
@ApplicationScoped
@Transactional
public class QuotaImport {

    static final List<String> COLUMNS = List.of("municipality", "period", "target", "realised", "arrearsIn");
    static final int MAX_LINES = 20_000;

    /** One line of the file, read and checked. */
    record Line(int number, String municipality, HalfYear period, int target, Integer realised, Integer arrearsIn) {}

    private final RegionService regions;
    private final AuditLog audit;
    private final StoredLedger ledger;

    QuotaImport(RegionService regions, AuditLog audit, StoredLedger ledger) {
        this.regions = regions;
        this.audit = audit;
        this.ledger = ledger;
    }

    ImportResult run(byte[] body, Caller caller) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        List<Line> lines = QuotaCsv.read(text(body), regions, errors);
        if (errors.isEmpty()) {
            ledger.lockForWriting();
            OffsetDateTime now = OffsetDateTime.now();
            Map<String, HousingQuota> existing = new HashMap<>(); // one query, not one per line
            HousingQuota.<HousingQuota>list(
                            "municipalityCode in ?1",
                            lines.stream().map(Line::municipality).distinct().toList())
                    .forEach(q -> existing.put(q.municipalityCode + " " + q.period, q));
            for (Line line : lines) {
                HousingQuota quota =
                        existing.getOrDefault(line.municipality() + " " + line.period(), new HousingQuota());
                quota.municipalityCode = line.municipality();
                quota.period = line.period().toString();
                quota.target = line.target();
                quota.realised = line.realised();
                quota.arrearsIn = line.arrearsIn();
                quota.estimated = List.of();
                quota.source = "Aangeleverd door " + caller.name() + " op " + now.toLocalDate();
                quota.note = null;
                quota.written(now);
                quota.persist();
            }
            HousingQuota.flush();
            checkCarriedArrears(lines, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors); // rolls back every line written above
        }
        ledger.refresh();
        Set<String> periods = new HashSet<>();
        lines.forEach(line -> periods.add(line.period().toString()));
        audit.record(
                caller,
                "imported",
                "housing-quota",
                String.join(",", periods.stream().sorted().toList()),
                lines.size() + " regels taakstelling ingelezen");
        Log.infof("Housing quota import: %d lines for %s", lines.size(), periods);
        return new ImportResult(lines.size(), periods.stream().sorted().toList());
    }

    /** Arrears may only be given where the half year before cannot give them. */
    private static void checkCarriedArrears(List<Line> lines, List<Problem.InvalidParam> errors) {
        List<String> withArrears = lines.stream()
                .filter(line -> line.arrearsIn() != null)
                .map(Line::municipality)
                .distinct()
                .toList();
        Map<String, List<HousingQuota>> histories = withArrears.isEmpty()
                ? Map.of()
                : HousingQuota.<HousingQuota>list("municipalityCode in ?1", withArrears).stream()
                        .collect(java.util.stream.Collectors.groupingBy(q -> q.municipalityCode));
        for (Line line : lines) {
            if (line.arrearsIn() != null) {
                if (QuotaLedger.arrearsDerivable(
                        histories.getOrDefault(line.municipality(), List.of()), line.period())) {
                    errors.add(new Problem.InvalidParam(
                            "regel " + line.number() + ": arrearsIn",
                            Messages.text(
                                    "reason.leaveArrearsEmpty", line.period().previous())));
                }
            }
        }
    }

    private static String text(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("file", Messages.text("reason.notUtf8Csv"));
        }
    }
}
