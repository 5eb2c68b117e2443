package nl.handreiking.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.handreiking.common.PublicRead;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue's changes in order, for systems that keep a copy: read on from the cursor of the last answer. */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "changes",
        description = "Wijzigingen in de catalogus op volgorde, met verwijderde (gearchiveerde) items, voor systemen "
                + "die een kopie bijhouden.")
public class ChangeFeedResource {

    private static final int DEFAULT_PAGE = 100;

    private final ChangeFeed feed;
    private final CurrentCaller caller;

    ChangeFeedResource(ChangeFeed feed, CurrentCaller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @PublicRead(PublicRead.Freshness.CATALOGUE)
    @Operation(
            operationId = "listCatalogueChanges",
            summary = "Wijzigingen in de catalogus",
            description = "Elke wijziging van een opgave, maatregel of financiering die de aanroeper mag zien, oudste "
                    + "eerst: aangemaakt, gewijzigd, gepubliceerd, gearchiveerd. Wie niet mag redigeren ziet de "
                    + "wijzigingen van gepubliceerde items en het moment dat een item niet meer openbaar is. Lees "
                    + "verder met after = next; de volgorde staat vast en een later vastgelegde wijziging komt "
                    + "nooit achter een cursor terecht.")
    @APIResponse(
            responseCode = "200",
            description = "Wijzigingen na de cursor; Link rel=next als er meer zijn.",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    public Response list(
            @QueryParam("after")
                    @Parameter(
                            description = "Cursor uit next van een eerder antwoord; leeg: vanaf het begin.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64),
                            example = "MTIzNDo1Ng")
                    String after,
            @QueryParam("pageSize")
                    @Parameter(
                            description = "Hoeveel wijzigingen ten hoogste (1 tot 200, standaard 100).",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"),
                            example = "100")
                    String pageSize,
            @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        ChangeCursor cursor = ChangeCursor.read(params, after);
        int limit = params.integer("pageSize", pageSize, DEFAULT_PAGE, 1, ChangeFeed.MAX_PAGE);
        params.throwIfInvalid();
        ChangePage page = feed.after(cursor, limit, caller.find());
        Response.ResponseBuilder response = Response.ok(page);
        if (page.items().size() == limit) { // relative, as the Link headers of the other lists
            java.net.URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("after", page.next())
                    .build();
            response.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
