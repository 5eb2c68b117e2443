package nl.handreiking.catalogue;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.Messages;

/** HTTP details the three catalogue resources share: ids in paths, ETags, 201 with Location. */
public final class CatalogueHttp {

    private CatalogueHttp() {
    }

    public static UUID id(String raw, String name) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, Messages.text("reason.invalidId"));
        }
    }

    public static ProblemException notFound(Kind kind) {
        return ProblemException.notFound(Messages.text(switch (kind) {
            case TASK -> "detail.noTask";
            case MEASURE -> "detail.noMeasure";
            case FUNDING -> "detail.noFunding";
        }));
    }

    /** 200 with the item's ETag, so that the next change can send it as If-Match. */
    public static Response ok(Object view, CatalogueItem item) {
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(item.version))).build();
    }

    public static Response created(Object view, CatalogueItem item) {
        return Response.created(URI.create(item.kindValue().collection() + "/" + item.id)).entity(view)
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(item.version))).build();
    }
}
