package nl.handreiking.signal;

import java.util.Arrays;
import java.util.List;
import nl.handreiking.common.Csv;

/** A filtered list of signals as CSV, without description, answer or notes: the columns a queue shows. */
final class SignalCsv {

    private static final List<String> HEADER = List.of("reference", "type", "theme", "title", "regionCode", "regionName", "provinceCode", "owner",
            "status", "priority", "submittedAt", "dueOn", "overdue", "answeredAt", "example", "id");

    private SignalCsv() {
    }

    static String write(List<SignalSummary> signals) {
        return Csv.write(HEADER, signals.stream().map(s -> Arrays.<Object>asList(s.reference(), s.type(), s.theme(), s.title(), s.region().code(),
                s.region().name(), s.region().provinceCode(), s.owner().code(), s.status(), s.priority(), s.submittedAt(), s.dueOn(), s.overdue(),
                s.answeredAt(), s.example(), s.id())).toList());
    }
}
