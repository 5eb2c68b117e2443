package nl.handreiking.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with the numbers a client needs to walk the rest. */
public record Page<T>(
        @Schema(description = "De resultaten op deze pagina.")
        List<T> items,

        @Schema(description = "Paginanummer, vanaf 1.", examples = "1")
        int page,

        @Schema(description = "Aantal resultaten per pagina.", examples = "20")
        int pageSize,

        @Schema(description = "Totaal aantal resultaten over alle pagina's.", examples = "364")
        long totalItems,

        @Schema(description = "Totaal aantal pagina's.", examples = "19")
        int totalPages)
        implements Paged {

    public static <T> Page<T> of(List<T> items, PageRequest.Bounds bounds, long totalItems) {
        int totalPages = (int) Math.max(1, (totalItems + bounds.size() - 1) / bounds.size());
        return new Page<>(items, bounds.page(), bounds.size(), totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, totalItems, totalPages);
    }
}
