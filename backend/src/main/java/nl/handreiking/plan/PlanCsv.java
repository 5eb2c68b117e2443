package nl.handreiking.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.Csv;

/** The provincial plans as CSV in Dutch words: one row per province. */
final class PlanCsv {

    private static final List<String> HEADER = List.of(
            "Provincie",
            "Provinciecode",
            "Stand",
            "Gevraagd op",
            "Opgeleverd op",
            "Document",
            "Toelichting",
            "Bron",
            "Laatst gewijzigd");
    private static final Map<String, String> STATUSES = Map.of(
            "unknown", "Onbekend", "requested", "Gevraagd", "in_progress", "In de maak", "delivered", "Opgeleverd");

    private PlanCsv() {}

    static String write(List<PlanView> plans) {
        return Csv.write(
                HEADER,
                plans.stream()
                        .map(plan -> Arrays.<Object>asList(
                                plan.provinceName(),
                                plan.provinceCode(),
                                Csv.word(STATUSES, plan.status()),
                                plan.requestedOn(),
                                plan.deliveredOn(),
                                plan.documentUrl(),
                                plan.note(),
                                plan.source(),
                                plan.updatedAt()))
                        .toList());
    }
}
