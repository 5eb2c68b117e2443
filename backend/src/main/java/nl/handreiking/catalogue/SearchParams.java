package nl.handreiking.catalogue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import nl.handreiking.common.Messages;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.Caller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The search parameters of the three catalogue collections, read into a validated {@link SearchQuery}. */
public class SearchParams {

    static final int MAX_TEXT = 200;

    @QueryParam("q")
    @Parameter(
            description =
                    "Zoektekst: Nederlandse woordvormen en accenten tellen niet (woning vindt woningen, financiele vindt "
                            + "financiële), en een woord vindt ook samenstellingen (opvang vindt noodopvang).",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT),
            example = "huisvesting vergunninghouders")
    String q;

    @QueryParam("domain")
    @Parameter(
            description = "Beleidsterrein.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"reception", "housing", "integration"}),
            example = "housing")
    String domain;

    @QueryParam("audience")
    @Parameter(
            description = "Doelgroep.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {
                                "municipality",
                                "province",
                                "housing-association",
                                "coa",
                                "ngo",
                                "national-government"
                            }),
            example = "municipality")
    String audience;

    @QueryParam("organisation")
    @Parameter(
            description = "Betrokken organisatie (code).",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z0-9]{2,12}$"),
            example = "BZK")
    String organisation;

    @QueryParam("status")
    @Parameter(
            description = "Publicatiestatus; alleen redacteuren zien draft en archived.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"draft", "published", "archived"}),
            example = "published")
    String status;

    @QueryParam("openOn")
    @Parameter(
            description = "Alleen items waarvan de looptijd (opgave), geldigheid (maatregel) of aanvraagperiode "
                    + "(financiering) deze datum bevat. Financiering telt alleen mee met een bekende "
                    + "sluitingsdatum op of na die dag, of als de regeling doorlopend is (openEnded); een "
                    + "onbekende periode telt nooit als open.",
            schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2021-04-01")
    String openOn;

    @QueryParam("closesBefore")
    @Parameter(
            description = "Alleen items waarvan de looptijd, geldigheid of aanvraagperiode vóór deze datum eindigt.",
            schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2021-12-31")
    String closesBefore;

    @QueryParam("changedSince")
    @Parameter(
            description = "Alleen items die na dit tijdstip zijn gewijzigd (voor systemen die bijhouden).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
            example = "2021-02-12T00:00:00Z")
    String changedSince;

    @QueryParam("sort")
    @Parameter(
            description =
                    "Volgorde: relevance (standaard, met zoektekst), title, closesOn (einddatum) of updatedAt (nieuwste eerst).",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"relevance", "title", "closesOn", "updatedAt"}),
            example = "relevance")
    String sort;

    @BeanParam
    PageRequest paging;

    /**
     * A saved finder search (savedsearch): the same text, filters and order, read by the same rules, without a
     * status (a digest lists published items and their withdrawal), changedSince or page. A 400 problem names
     * each invalid field by the name the collections give it, which a saved search's body uses too.
     */
    public static SearchQuery saved(
            String q,
            String domain,
            String audience,
            String organisation,
            String openOn,
            String closesBefore,
            String sort) {
        SearchParams params = new SearchParams();
        params.q = q;
        params.domain = domain;
        params.audience = audience;
        params.organisation = organisation;
        params.openOn = openOn;
        params.closesBefore = closesBefore;
        params.sort = sort;
        params.paging = new PageRequest();
        return params.read(Optional.empty());
    }

    /** Validates every parameter at once; a 400 problem names each invalid one. */
    SearchQuery read(Optional<Caller> caller) {
        QueryParams params = new QueryParams();
        Optional<Status> wantedStatus = params.oneOf("status", status, Status.class);
        if (wantedStatus.filter(s -> s != Status.PUBLISHED).isPresent() && !ItemRules.canEdit(caller)) {
            params.reject("status", Messages.text("reason.draftsForEditors"));
        }
        SearchQuery query = new SearchQuery(
                params.text("q", q, MAX_TEXT),
                params.among("domain", domain, ItemRules.DOMAINS),
                params.among("audience", audience, ItemRules.AUDIENCES),
                params.matching(
                        "organisation",
                        organisation,
                        java.util.regex.Pattern.compile("^[A-Z0-9]{2,12}$"),
                        Messages.text("expect.organisationCode", "BZK")),
                wantedStatus,
                params.date("openOn", openOn),
                params.date("closesBefore", closesBefore),
                params.moment("changedSince", changedSince),
                params.oneOf("sort", sort, SearchQuery.Sort.class).orElse(SearchQuery.Sort.RELEVANCE),
                paging.read(params));
        params.throwIfInvalid();
        return query;
    }
}
