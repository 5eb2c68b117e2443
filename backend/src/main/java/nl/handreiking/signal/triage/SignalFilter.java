package nl.handreiking.signal.triage;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.handreiking.common.ApiEnum;
import nl.handreiking.common.Messages;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.QueryParams;
import nl.handreiking.signal.SignalStatus;
import nl.handreiking.signal.SignalTheme;
import nl.handreiking.signal.SignalType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the signal list and its CSV export, read into a validated {@link Query}. */
class SignalFilter {

    /** Sort orders; urgency puts overdue signals first, then the earliest due date. */
    enum Sort implements ApiEnum {
        URGENCY("urgency"),
        DUE_ON("dueOn"),
        NEWEST("-submittedAt"),
        OLDEST("submittedAt");

        private final String apiValue;

        Sort(String apiValue) {
            this.apiValue = apiValue;
        }

        @Override
        public String apiValue() {
            return apiValue;
        }
    }

    /** A validated filter; empty means "any". */
    record Query(
            Optional<SignalStatus> status,
            Optional<String> theme,
            Optional<SignalType> type,
            Optional<String> province,
            Optional<String> region,
            Optional<String> owner,
            Optional<Boolean> overdue,
            Optional<String> text,
            Sort sort,
            PageRequest.Bounds bounds) {}

    @QueryParam("status")
    @Parameter(
            description = "Status.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"submitted", "in_progress", "answered", "forwarded", "rejected", "closed"}),
            example = "submitted")
    String status;

    @QueryParam("theme")
    @Parameter(
            description = "Themacode (zie /signal-themes).",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]+(-[a-z]+)*$"),
            example = "ind-processing-times")
    String theme;

    @QueryParam("type")
    @Parameter(
            description = "Signaal of vraag.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"signal", "question"}),
            example = "signal")
    String type;

    @QueryParam("province")
    @Parameter(
            description = "Provinciecode: signalen uit deze provincie en haar gemeenten.",
            schema = @Schema(type = SchemaType.STRING, pattern = "^PV[0-9]{2}$"),
            example = "PV26")
    String province;

    @QueryParam("region")
    @Parameter(
            description = "Code van de indienende gemeente of provincie.",
            schema = @Schema(type = SchemaType.STRING, pattern = "^(GM[0-9]{4}|PV[0-9]{2})$"),
            example = "GM0344")
    String region;

    @QueryParam("owner")
    @Parameter(
            description = "Code van de behandelende organisatie.",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z0-9]{2,12}$"),
            example = "JENV")
    String owner;

    @QueryParam("overdue")
    @Parameter(
            description = "true: alleen signalen waarvan de termijn voorbij is en die nog op antwoord wachten.",
            schema = @Schema(type = SchemaType.BOOLEAN),
            example = "true")
    String overdue;

    @QueryParam("q")
    @Parameter(
            description = "Zoekt in kenmerk en titel.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200),
            example = "IND")
    String q;

    @QueryParam("sort")
    @Parameter(
            description =
                    "urgency (standaard: te laat eerst, dan vroegste termijn), dueOn, -submittedAt (nieuwste eerst) of submittedAt.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"urgency", "dueOn", "-submittedAt", "submittedAt"}),
            example = "urgency")
    String sort;

    @BeanParam
    PageRequest paging;

    private Optional<String> knownTheme(QueryParams params) {
        Optional<String> code = params.text("theme", theme, 50);
        if (code.isPresent() && SignalTheme.findById(code.get()) == null) {
            params.reject("theme", Messages.text("reason.unknownTheme"));
            return Optional.empty();
        }
        return code;
    }

    /** Validates every parameter at once; a 400 problem names each invalid one. */
    Query read() {
        QueryParams params = new QueryParams();
        Query query = new Query(
                params.oneOf("status", status, SignalStatus.class),
                knownTheme(params),
                params.oneOf("type", type, SignalType.class),
                params.matching(
                        "province",
                        province,
                        Pattern.compile("^PV[0-9]{2}$"),
                        Messages.text("expect.provinceCode", "PV26")),
                params.matching(
                        "region",
                        region,
                        Pattern.compile("^(GM[0-9]{4}|PV[0-9]{2})$"),
                        Messages.text("expect.regionCode", "GM0344")),
                params.matching(
                        "owner",
                        owner,
                        Pattern.compile("^[A-Z0-9]{2,12}$"),
                        Messages.text("expect.organisationCode", "JENV")),
                params.bool("overdue", overdue),
                params.text("q", q, 200),
                params.oneOf("sort", sort, Sort.class).orElse(Sort.URGENCY),
                paging.read(params));
        params.throwIfInvalid();
        return query;
    }
}
