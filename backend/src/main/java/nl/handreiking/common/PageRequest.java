package nl.handreiking.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every collection accepts: {@code page} (from 1) and {@code pageSize} (bounded). */
public class PageRequest {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    @QueryParam("page")
    @Parameter(
            description = "Paginanummer, vanaf 1.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"),
            example = "1")
    String page;

    @QueryParam("pageSize")
    @Parameter(
            description = "Aantal resultaten per pagina, 1 tot en met 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"),
            example = "20")
    String pageSize;

    /** Validated page coordinates: a 1-based page number and a bounded size. */
    public record Bounds(int page, int size) {

        public int offset() {
            return (page - 1) * size;
        }

        /** The index of the last item on this page, as Panache's range() wants it. */
        public int lastIndex() {
            return offset() + size - 1;
        }
    }

    /** Validates the paging parameters alone; a 400 problem when they are invalid. */
    public Bounds validated() {
        QueryParams params = new QueryParams();
        Bounds bounds = read(params);
        params.throwIfInvalid();
        return bounds;
    }

    /** Reads the paging parameters, adding any invalid one to {@code params}. */
    public Bounds read(QueryParams params) {
        return new Bounds(
                params.integer("page", page, 1, 1, 1_000_000),
                params.integer("pageSize", pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
    }
}
