package nl.handreiking.signal.statistics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public figures on signals: counts and answer times, never their content. */
@Path("/signals/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@PublicRead(PublicRead.Freshness.FIGURES)
class SignalStatisticsResource {

    private final SignalStatistics statistics;

    SignalStatisticsResource(SignalStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(
            operationId = "getSignalStatistics",
            summary = "Cijfers over signalen",
            description =
                    "Openbaar. Aantallen per thema, status, provincie en maand, de mediane tijd tot antwoord en het "
                            + "aandeel op tijd beantwoord, voor de signalen die in de periode zijn ingediend. "
                            + "Standaard de laatste twaalf maanden.")
    public StatisticsView get(
            @QueryParam("from")
                    @Parameter(
                            description = "Eerste indieningsdatum.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2021-01-01")
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Laatste indieningsdatum.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2021-12-31")
                    String to,
            @QueryParam("province")
                    @Parameter(
                            description = "Alleen signalen uit deze provincie en haar gemeenten.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^PV[0-9]{2}$"),
                            example = "PV25")
                    String province) {
        return statistics.of(from, to, province);
    }
}
