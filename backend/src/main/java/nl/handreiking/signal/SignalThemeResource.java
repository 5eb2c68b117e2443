package nl.handreiking.signal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The themes a signal can have, with help for the submitter and the answer term. */
@Path("/signal-themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals")
@PublicRead(PublicRead.Freshness.REFERENCE)
class SignalThemeResource {

    private final AnswerTerms terms;

    SignalThemeResource(AnswerTerms terms) {
        this.terms = terms;
    }

    @GET
    @Operation(
            operationId = "listSignalThemes",
            summary = "Thema's van signalen",
            description =
                    "Openbaar. Met uitleg, de organisatie die een nieuw signaal oppakt en het aantal werkdagen tot het antwoord.")
    public List<ThemeView> list() {
        return SignalTheme.<SignalTheme>list("order by position").stream()
                .map(theme -> ThemeView.from(theme, terms.workingDays(theme.code)))
                .toList();
    }
}
