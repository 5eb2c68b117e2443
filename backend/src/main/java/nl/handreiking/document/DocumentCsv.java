package nl.handreiking.document;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.Csv;

/** The document timeline as CSV in Dutch words, oldest first. */
final class DocumentCsv {

    private static final List<String> HEADER =
            List.of("Datum", "Titel", "Soort", "Samenvatting", "Vindplaats", "Bron", "Id");
    private static final Map<String, String> KINDS =
            Map.of("letter", "Brief", "meeting", "Overleg", "report", "Rapport", "agreement", "Afspraak");

    private DocumentCsv() {}

    static String write(List<DocumentView> documents) {
        return Csv.write(
                HEADER,
                documents.stream()
                        .map(d -> Arrays.<Object>asList(
                                d.issuedOn(),
                                d.title(),
                                Csv.word(KINDS, d.kind()),
                                d.summary(),
                                d.url(),
                                d.source(),
                                d.id()))
                        .toList());
    }
}
