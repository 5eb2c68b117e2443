package nl.handreiking.signal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.handreiking.common.QueryParams;
import nl.handreiking.common.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public figures on signals: counts and answer times, never their content. */
@Path("/signals/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
public class SignalStatisticsResource {

    /** Longer periods than this are a mistake, not a question. */
    private static final int MAX_YEARS = 10;

    private final SignalStatistics statistics;

    SignalStatisticsResource(SignalStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(operationId = "getSignalStatistics", summary = "Cijfers over signalen",
            description = "Openbaar. Aantallen per thema, status, provincie en maand, de mediane tijd tot antwoord en het aandeel op tijd beantwoord, voor de signalen die in de periode zijn ingediend. Standaard de laatste twaalf maanden.")
    public StatisticsView get(
            @QueryParam("from") @Parameter(description = "Eerste indieningsdatum.", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(description = "Laatste indieningsdatum.", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2021-12-31") String to,
            @QueryParam("province") @Parameter(description = "Alleen signalen uit deze provincie en haar gemeenten.", schema = @Schema(type = SchemaType.STRING, pattern = "^PV[0-9]{2}$"), example = "PV25") String province) {
        QueryParams params = new QueryParams();
        LocalDate today = AnswerTerms.today();
        LocalDate last = params.date("to", to).orElse(today);
        var wantedProvince = params.matching("province", province, java.util.regex.Pattern.compile("^PV[0-9]{2}$"), Messages.text("expect.provinceCode", "PV25"));
        LocalDate first = params.date("from", from).orElse(last.minusMonths(11).withDayOfMonth(1));
        if (first.isAfter(last)) {
            params.reject("from", Messages.text("reason.fromAfterTo"));
        } else if (first.plusYears(MAX_YEARS).isBefore(last)) {
            params.reject("from", Messages.text("reason.periodMaxYears", MAX_YEARS));
        }
        params.throwIfInvalid();
        return statistics.of(first, last, wantedProvince);
    }
}
