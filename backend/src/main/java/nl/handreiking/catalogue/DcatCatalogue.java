package nl.handreiking.catalogue;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published catalogue as a DCAT-AP-DONL catalogue in JSON-LD, for national portals to harvest: one dataset
 * per kind (tasks, measures, funding), each with its JSON list, its CSV export and the change feed as
 * distributions. The choices (one dataset per kind, the vocabularies, what could not be verified) are in
 * decision 0019.
 */
final class DcatCatalogue {

    /** The ministry of BZK in TOOI, the government's organisation register that replaces the OWMS lists. */
    static final String BZK = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034";

    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl";
    static final String PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    static final String AVAILABLE = "http://data.overheid.nl/status/beschikbaar";
    private static final String DUTCH = "http://publications.europa.eu/resource/authority/language/NLD";
    private static final String ENGLISH = "http://publications.europa.eu/resource/authority/language/ENG";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";
    private static final String OWMS = "http://standaarden.overheid.nl/owms/terms/";
    /** Themes of the policy-agenda taxonomy (TaxonomieBeleidsagenda) that DCAT-AP-DONL requires. */
    private static final List<String> THEMES = List.of(OWMS + "Migratie_en_integratie", OWMS + "Huisvesting_(thema)");

    static final Map<String, String> CONTEXT = context(
            "dcat", "http://www.w3.org/ns/dcat#",
            "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "vcard", "http://www.w3.org/2006/vcard/ns#",
            "adms", "http://www.w3.org/ns/adms#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "overheid", OWMS);

    private final String base;
    private final String self;

    private DcatCatalogue(String publicUrlBase) {
        this.base = publicUrlBase;
        this.self = publicUrlBase + "/api/v1/open-data";
    }

    /** The catalogue on this public address, with the first and latest public change of each kind. */
    static Map<String, Object> of(String publicUrlBase, Map<Kind, ChangeFeed.PublicPeriod> periods) {
        return new DcatCatalogue(publicUrlBase).catalogue(periods);
    }

    private Map<String, Object> catalogue(Map<Kind, ChangeFeed.PublicPeriod> periods) {
        Map<String, Object> catalogue = node(self, "dcat:Catalog");
        catalogue.put("@context", CONTEXT);
        catalogue.put("dct:identifier", self);
        catalogue.put(
                "dct:title",
                texts("Handreiking opvang, huisvesting en inburgering", "Guide to reception, housing and integration"));
        catalogue.put(
                "dct:description",
                texts(
                        "Opgaven, maatregelen en financieringsmogelijkheden voor gemeenten, provincies en partners bij"
                                + " de opvang, huisvesting en inburgering van vergunninghouders.",
                        "Tasks, measures and funding for municipalities, provinces and partners in the reception,"
                                + " housing and integration of permit holders."));
        catalogue.put("dct:publisher", bzk());
        catalogue.put("dct:creator", ref(BZK));
        catalogue.put("foaf:homepage", ref(base + "/"));
        catalogue.put("dct:license", ref(CC0));
        catalogue.put("dct:language", List.of(ref(DUTCH), ref(ENGLISH)));
        catalogue.put("dcat:contactPoint", contactPoint());
        periods.values().stream()
                .map(ChangeFeed.PublicPeriod::latest)
                .max(OffsetDateTime::compareTo)
                .ifPresent(latest -> catalogue.put("dct:modified", dateTime(latest)));
        List<Object> datasets = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            datasets.add(dataset(kind, periods.get(kind)));
        }
        catalogue.put("dcat:dataset", datasets);
        return catalogue;
    }

    private Map<String, Object> dataset(Kind kind, ChangeFeed.PublicPeriod period) {
        DcatWords words = DcatWords.of(kind);
        Map<String, Object> dataset = node(self + "#" + kind.collection(), "dcat:Dataset");
        dataset.put("dct:identifier", dataset.get("@id"));
        dataset.put("dct:title", texts(words.nl(), words.en()));
        dataset.put("dct:description", texts(words.descriptionNl(), words.descriptionEn()));
        dataset.put("dct:language", ref(DUTCH));
        dataset.put("dct:license", ref(CC0));
        dataset.put("dct:accessRights", ref(PUBLIC));
        dataset.put("dct:publisher", ref(BZK));
        dataset.put("dct:creator", ref(BZK));
        dataset.put("overheid:authority", ref(BZK)); // DCAT-AP-DONL 1.1, which data.overheid.nl still reads
        dataset.put("dcat:contactPoint", contactPoint());
        dataset.put("dcat:theme", THEMES.stream().map(DcatCatalogue::ref).toList());
        dataset.put("dcat:keyword", words.keywords());
        dataset.put("dcat:landingPage", ref(base + words.page()));
        dataset.put("dct:spatial", ref(OWMS + "Nederland"));
        dataset.put("adms:status", ref(AVAILABLE));
        if (period != null) { // never a date the data does not have
            dataset.put("dct:issued", dateTime(period.first()));
            dataset.put("dct:modified", dateTime(period.latest()));
        }
        dataset.put(
                "dcat:distribution",
                DcatWords.Access.of(kind, words).stream()
                        .map(access -> distribution(kind, access, period))
                        .toList());
        return dataset;
    }

    private Map<String, Object> distribution(Kind kind, DcatWords.Access access, ChangeFeed.PublicPeriod period) {
        Map<String, Object> distribution =
                node(self + "#" + kind.collection() + "-" + access.name(), "dcat:Distribution");
        distribution.put("dct:title", List.of(text(access.title(), "nl")));
        distribution.put("dct:description", List.of(text(access.description(), "nl")));
        String url = base + "/api/v1/" + access.path();
        distribution.put("dcat:accessURL", ref(url));
        if (access.download()) {
            distribution.put("dcat:downloadURL", ref(url));
        }
        distribution.put("dct:format", ref(FILE_TYPE + access.fileType()));
        distribution.put("dcat:mediaType", ref(MEDIA_TYPE + access.mediaType()));
        distribution.put("dct:license", ref(CC0));
        distribution.put("dct:accessRights", ref(PUBLIC));
        distribution.put("dct:language", ref(DUTCH));
        if (period != null) {
            distribution.put("dct:modified", dateTime(period.latest()));
        }
        return distribution;
    }

    private Map<String, Object> bzk() {
        Map<String, Object> bzk = node(BZK, "foaf:Agent");
        bzk.put(
                "foaf:name",
                texts(
                        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                        "Ministry of the Interior" + " and Kingdom Relations"));
        return bzk;
    }

    private Map<String, Object> contactPoint() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("@type", "vcard:Organization");
        contact.put("vcard:fn", "Handreiking, ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
        contact.put("vcard:hasURL", ref(base + "/"));
        return contact;
    }

    private static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static Map<String, Object> ref(String iri) {
        return Map.of("@id", iri);
    }

    private static List<Map<String, Object>> texts(String dutch, String english) {
        return List.of(text(dutch, "nl"), text(english, "en"));
    }

    private static Map<String, Object> text(String value, String language) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("@value", value);
        text.put("@language", language);
        return text;
    }

    private static Map<String, Object> dateTime(OffsetDateTime moment) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@value", DateTimeFormatter.ISO_INSTANT.format(moment));
        value.put("@type", "xsd:dateTime");
        return value;
    }

    private static Map<String, String> context(String... prefixesAndIris) {
        Map<String, String> context = new LinkedHashMap<>();
        for (int i = 0; i < prefixesAndIris.length; i += 2) {
            context.put(prefixesAndIris[i], prefixesAndIris[i + 1]);
        }
        return context;
    }
}
