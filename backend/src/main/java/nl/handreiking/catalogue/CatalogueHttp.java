package nl.handreiking.catalogue;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.handreiking.common.ProblemException;

/** HTTP details the three catalogue resources share: ids in paths, ETags, 201 with Location. */
public final class CatalogueHttp {

    private CatalogueHttp() {
    }

    public static UUID id(String raw, String name) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "is geen geldige id (UUID)");
        }
    }

    public static ProblemException notFound(Kind kind) {
        return ProblemException.notFound("Er is geen " + switch (kind) {
            case TASK -> "opgave";
            case MEASURE -> "maatregel";
            case FUNDING -> "financiering";
        } + " met deze id die u mag zien.");
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
