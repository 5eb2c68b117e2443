package nl.handreiking.catalogue;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;

/** HTTP details every catalogue kind shares: its 404, ETags, 201 with Location. */
final class CatalogueHttp {

    private CatalogueHttp() {}

    static ProblemException notFound(Kind kind) {
        return ProblemException.notFound(Messages.text(
                switch (kind) {
                    case TASK -> "detail.noTask";
                    case MEASURE -> "detail.noMeasure";
                    case FUNDING -> "detail.noFunding";
                }));
    }

    /** 200 with the item's ETag, so that the next change can send it as If-Match. */
    static Response ok(Object view, CatalogueItem item) {
        return Response.ok(view).tag(Preconditions.etag(item.version)).build();
    }

    static Response created(Object view, CatalogueItem item) {
        return Response.created(URI.create(item.kindValue().collection() + "/" + item.id))
                .entity(view)
                .tag(Preconditions.etag(item.version))
                .build();
    }
}
