package nl.handreiking.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every error response of the API. */
@Schema(
        name = "Problem",
        description = "Foutmelding volgens RFC 9457 (problem+json). De teksten volgen Accept-Language: Nederlands "
                + "(standaard) of Engels (en); Content-Language zegt welke.",
        requiredProperties = {"status", "title", "detail"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI die het soort fout aanduidt.", examples = "about:blank")
        URI type,

        @Schema(description = "Korte, vaste omschrijving van het soort fout.", examples = "Ongeldige invoer")
        String title,

        @Schema(description = "HTTP-statuscode.", examples = "400")
        int status,

        @Schema(
                description = "Uitleg voor deze aanvraag.",
                examples = "De parameter pageSize moet tussen 1 en 100 liggen.")
        String detail,

        @Schema(description = "Het pad van de aanvraag.", format = "uri-reference", examples = "/api/v1/regions")
        URI instance,

        @Schema(description = "Ongeldige parameters of velden (alleen bij 400).")
        List<InvalidParam> invalidParams) {

    /** A parameter or field that was rejected, and why. */
    @Schema(name = "InvalidParam")
    public record InvalidParam(
            @Schema(description = "Naam van de parameter of het veld.", examples = "pageSize")
            String name,

            @Schema(description = "Waarom de waarde is afgewezen.", examples = "moet tussen 1 en 100 liggen")
            String reason) {}
}
