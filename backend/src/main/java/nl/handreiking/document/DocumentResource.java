package nl.handreiking.document;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.common.Csv;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The letters and meetings that frame the work, as a timeline. Reference data: read only. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents", description = "De brieven, overleggen en rapporten die het werk kaderen, op datum.")
@PublicRead(PublicRead.Freshness.REFERENCE)
public class DocumentResource {

    @GET
    @Operation(
            operationId = "listDocuments",
            summary = "Documenten als tijdlijn",
            description = "Openbaar. Oudste eerst.")
    public List<DocumentView> list() {
        return Document.<Document>list("order by issuedOn, title").stream()
                .map(DocumentView::from)
                .toList();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportDocuments",
            summary = "Documenten als CSV",
            description = "Openbaar. Oudste eerst; Nederlandse kolomnamen en woorden, UTF-8 met BOM en puntkomma's.")
    public Response export() {
        return Csv.download(DocumentCsv.write(list()), "documenten");
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Eén document", description = "Openbaar. Op id of op slug.")
    public DocumentView get(@PathParam("id") @Parameter(description = "Id of slug van het document.") String id) {
        return byIdOrSlug(id)
                .map(DocumentView::from)
                .orElseThrow(() -> ProblemException.notFound(Messages.text("detail.noDocument")));
    }

    private static Optional<Document> byIdOrSlug(String key) {
        try {
            return Document.findByIdOptional(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return Document.find("slug", key).firstResultOptional();
        }
    }
}
