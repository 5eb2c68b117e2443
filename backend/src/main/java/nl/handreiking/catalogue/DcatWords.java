package nl.handreiking.catalogue;

import java.util.List;

/** The Dutch and English words of each kind's dataset in the open-data catalogue ({@link DcatCatalogue}). */
record DcatWords(String nl, String en, String descriptionNl, String descriptionEn, String page, List<String> keywords) {
    static DcatWords of(Kind kind) {
        return switch (kind) {
            case TASK ->
                new DcatWords(
                        "Opgaven bij opvang, huisvesting en inburgering",
                        "Tasks in reception, housing and integration",
                        "De opgaven waar gemeenten en provincies voor staan bij de opvang, huisvesting en inburgering"
                                + " van vergunninghouders, met de maatregelen en financiering die erbij horen.",
                        "The tasks municipalities and provinces face in the reception, housing and integration of"
                                + " permit holders, with the measures and funding that support them.",
                        "/zoeken?kind=task",
                        List.of("opgaven", "opvang", "huisvesting", "inburgering", "vergunninghouders"));
            case MEASURE ->
                new DcatWords(
                        "Maatregelen voor opvang, huisvesting en inburgering",
                        "Measures for reception, housing and integration",
                        "Maatregelen van het Rijk en partners die gemeenten en provincies helpen bij de opvang,"
                                + " huisvesting en inburgering van vergunninghouders: wie ze aanbiedt en hoe u ze"
                                + " aanvraagt.",
                        "Measures of central government and partners that help municipalities and provinces with the"
                                + " reception, housing and integration of permit holders: who offers them and how to"
                                + " apply.",
                        "/zoeken?kind=measure",
                        List.of("maatregelen", "opvang", "huisvesting", "inburgering", "vergunninghouders"));
            case FUNDING ->
                new DcatWords(
                        "Financiering voor opvang, huisvesting en inburgering",
                        "Funding for reception, housing and integration",
                        "Regelingen en subsidies voor de opvang, huisvesting en inburgering van vergunninghouders,"
                                + " met hun bedragen en aanvraagperiode voor zover bekend.",
                        "Schemes and grants for the reception, housing and integration of permit holders, with their"
                                + " amounts and application period where known.",
                        "/financiering",
                        List.of("financiering", "subsidies", "regelingen", "huisvesting", "vergunninghouders"));
        };
    }

    /** One way to get a kind's data: a path under /api/v1, its format and its words (in Dutch). */
    record Access(
            String name,
            String path,
            boolean download,
            String fileType,
            String mediaType,
            String title,
            String description) {
        static List<Access> of(Kind kind, DcatWords words) {
            String json = "application/json";
            return List.of(
                    new Access(
                            "json",
                            kind.collection(),
                            false,
                            "JSON",
                            json,
                            "API: " + words.nl() + " (JSON)",
                            "De lijst in JSON via de API, gepagineerd; met filters zoals in de zoeker."),
                    new Access(
                            "csv",
                            kind.collection() + "/export",
                            true,
                            "CSV",
                            "text/csv",
                            "Export: " + words.nl() + " (CSV)",
                            "Alle gepubliceerde items als CSV (UTF-8 met BOM, puntkomma's), zodat een Nederlandse"
                                    + " spreadsheet ze goed opent."),
                    new Access(
                            "changes",
                            "changes",
                            false,
                            "JSON",
                            json,
                            "Wijzigingen in de catalogus (JSON)",
                            "De wijzigingen van de catalogus op volgorde, met ingetrokken items, om een kopie bij te"
                                    + " houden; geldt voor alle soorten (veld kind)."));
        }
    }
}
