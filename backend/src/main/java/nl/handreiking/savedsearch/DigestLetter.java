package nl.handreiking.savedsearch;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.handreiking.catalogue.Kind;
import nl.handreiking.catalogue.MatchingChanges;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.mail.Letter;
import nl.handreiking.mail.UnsubscribeLinks;

/** The Dutch text of a digest: the search, its new, changed and withdrawn items with links, and how to stop it. */
@ApplicationScoped
class DigestLetter {

    private final String publicUrl;
    private final UnsubscribeLinks unsubscribe;

    DigestLetter(HandreikingConfig config, UnsubscribeLinks unsubscribe) {
        this.publicUrl = config.publicUrlBase();
        this.unsubscribe = unsubscribe;
    }

    Letter write(SavedSearch search, List<MatchingChanges.Match> matches, String recipient) {
        String subject = "Zoekopdracht \"" + search.name + "\": " + matches.size()
                + (matches.size() == 1 ? " item nieuw of gewijzigd" : " items nieuw of gewijzigd");
        StringBuilder body = new StringBuilder()
                .append(
                        search.lastDigestAt == null
                                ? "Sinds u deze zoekopdracht bewaarde "
                                : "Sinds de vorige samenvatting ")
                .append(matches.size() == 1 ? "is er 1 item" : "zijn er " + matches.size() + " items")
                .append(" nieuw, gewijzigd of ingetrokken dat past bij uw zoekopdracht \"")
                .append(search.name)
                .append("\".\n\n");
        matches.forEach(match -> item(body, match));
        body.append("Alle resultaten van de zoekopdracht in de Handreiking:\n")
                .append(finderUrl(search))
                .append("\n\nUw zoekopdrachten bekijken, hernoemen, pauzeren of verwijderen:\n")
                .append(publicUrl)
                .append("/zoekopdrachten\n\nU krijgt deze e-mail ")
                .append(search.frequency.equals("daily") ? "dagelijks" : "wekelijks")
                .append(" omdat u deze zoekopdracht heeft bewaard, en alleen als er iets nieuws is.\n")
                .append("Geen samenvattingen meer van deze zoekopdracht? Meld u af (zonder aan te melden):\n")
                .append(unsubscribe.pageUrl(SavedSearchSubscriptions.PURPOSE, search.id))
                .append('\n');
        return Letter.of(recipient, subject, body.toString())
                .withUnsubscribe(unsubscribe.oneClickUrl(SavedSearchSubscriptions.PURPOSE, search.id));
    }

    private void item(StringBuilder body, MatchingChanges.Match match) {
        body.append("- ")
                .append(match.title())
                .append("\n  ")
                .append(kindName(match.kind()))
                .append(", ")
                .append(changeName(match.change()))
                .append('\n');
        if (match.change() != MatchingChanges.Change.WITHDRAWN) {
            body.append("  ").append(itemUrl(match)).append('\n');
        }
        body.append('\n');
    }

    /** The item's page in the SPA (the paths of frontend/src/lib/catalogue.ts). */
    private String itemUrl(MatchingChanges.Match match) {
        String segment = switch (match.kind()) {
            case TASK -> "opgaven";
            case MEASURE -> "maatregelen";
            case FUNDING -> "financiering";
        };
        return publicUrl + "/" + segment + "/" + match.id();
    }

    /** The finder with this search, in the order the SPA writes it (kind first). */
    String finderUrl(SavedSearch search) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", search.kind);
        params.put("q", search.q);
        params.put("domain", search.domain);
        params.put("audience", search.audience);
        params.put("organisation", search.organisation);
        params.put("openOn", search.openOn == null ? null : search.openOn.toString());
        params.put("closesBefore", search.closesBefore == null ? null : search.closesBefore.toString());
        params.put("sort", search.sort);
        return publicUrl + "/zoeken?"
                + params.entrySet().stream()
                        .filter(param -> param.getValue() != null)
                        .map(param ->
                                param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    static String kindName(Kind kind) {
        return switch (kind) {
            case TASK -> "opgave";
            case MEASURE -> "maatregel";
            case FUNDING -> "financiering";
        };
    }

    static String changeName(MatchingChanges.Change change) {
        return switch (change) {
            case PUBLISHED -> "nieuw gepubliceerd";
            case CHANGED -> "gewijzigd";
            case WITHDRAWN -> "ingetrokken (niet meer in de Handreiking)";
        };
    }
}
