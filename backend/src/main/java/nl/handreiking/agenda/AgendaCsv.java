package nl.handreiking.agenda;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.handreiking.common.Csv;

/** The agenda as CSV in Dutch words: one row per action, its milestones in one cell. */
final class AgendaCsv {

    private static final List<String> HEADER = List.of(
            "Titel",
            "Beleidsterrein",
            "Eigenaar",
            "Status",
            "Mijlpalen",
            "Financiële consequentie (euro)",
            "Toelichting financiële consequentie",
            "Bron",
            "Aantal signalen",
            "Laatst gewijzigd",
            "Id");
    private static final Map<String, String> STATUSES =
            Map.of("planned", "Gepland", "in_progress", "Loopt", "done", "Afgerond", "stopped", "Gestopt");

    private AgendaCsv() {}

    static String write(List<AgendaItemView> items) {
        return Csv.write(
                HEADER,
                items.stream()
                        .map(item -> Arrays.<Object>asList(
                                item.title(),
                                Csv.word(Csv.DOMAINS, item.domain()),
                                item.owner().name(),
                                Csv.word(STATUSES, item.status()),
                                milestones(item.milestones()),
                                item.financialEur(),
                                item.financialNote(),
                                item.source(),
                                item.signalCount(),
                                item.updatedAt(),
                                item.id()))
                        .toList());
    }

    /** "2021-04-01 Eerste versie IUA (afgerond)", one after another. */
    private static String milestones(List<AgendaItemRequest.Milestone> milestones) {
        return milestones.stream()
                .map(m -> m.dueOn() + " " + m.title() + (m.done() ? " (afgerond)" : ""))
                .collect(Collectors.joining("; "));
    }
}
