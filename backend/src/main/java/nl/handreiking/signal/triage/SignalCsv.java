package nl.handreiking.signal.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.Csv;
import nl.handreiking.signal.SignalSummary;

/**
 * A filtered list of signals as CSV in Dutch, without description, answer or notes: the columns a queue
 * shows, with type, theme, status and priority in words.
 */
final class SignalCsv {

    private static final List<String> HEADER = List.of(
            "Kenmerk",
            "Soort",
            "Thema",
            "Onderwerp",
            "Gemeente of provincie (code)",
            "Gemeente of provincie",
            "Provincie (code)",
            "Eigenaar",
            "Status",
            "Prioriteit",
            "Ingediend op",
            "Antwoord uiterlijk",
            "Termijn verstreken",
            "Beantwoord op",
            "Voorbeeld",
            "Id");
    private static final Map<String, String> TYPES = Map.of("signal", "Signaal", "question", "Vraag");
    private static final Map<String, String> STATUSES = Map.of(
            "submitted",
            "Ingediend",
            "in_progress",
            "In behandeling",
            "answered",
            "Beantwoord",
            "forwarded",
            "Naar de uitvoeringsagenda",
            "rejected",
            "Afgewezen",
            "closed",
            "Afgesloten");
    private static final Map<String, String> PRIORITIES = Map.of("low", "Laag", "normal", "Normaal", "high", "Hoog");

    private SignalCsv() {}

    /** The signals; themes named as {@code themeNames} (code to Dutch name) has them. */
    static String write(List<SignalSummary> signals, Map<String, String> themeNames) {
        return Csv.write(
                HEADER,
                signals.stream()
                        .map(s -> Arrays.<Object>asList(
                                s.reference(),
                                Csv.word(TYPES, s.type()),
                                Csv.word(themeNames, s.theme()),
                                s.title(),
                                s.region().code(),
                                s.region().name(),
                                s.region().provinceCode(),
                                s.owner().name(),
                                Csv.word(STATUSES, s.status()),
                                Csv.word(PRIORITIES, s.priority()),
                                s.submittedAt(),
                                s.dueOn(),
                                Csv.yesNo(s.overdue()),
                                s.answeredAt(),
                                Csv.yesNo(s.example()),
                                s.id()))
                        .toList());
    }
}
