package nl.handreiking.catalogue;

import java.util.List;
import java.util.function.Function;
import nl.handreiking.common.Page;
import nl.handreiking.common.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results with the facet counts of the whole result. */
public record SearchPage<T>(
        @Schema(description = "De resultaten op deze pagina.")
        List<T> items,

        @Schema(description = "Paginanummer, vanaf 1.", examples = "1")
        int page,

        @Schema(description = "Aantal resultaten per pagina.", examples = "20")
        int pageSize,

        @Schema(description = "Totaal aantal resultaten.", examples = "12")
        long totalItems,

        @Schema(description = "Totaal aantal pagina's.", examples = "1")
        int totalPages,

        @Schema(
                description = "Aantallen per filterwaarde. Elk filter telt met alle andere filters, maar zonder "
                        + "zichzelf: het aantal is wat u krijgt als u die waarde kiest.")
        Facets facets,

        @Schema(
                description = "Alleen bij een zoektekst zonder resultaat: een verbeterde zoektekst die met "
                        + "dezelfde filters wel iets vindt (\"Bedoelde u\"); anders null.",
                nullable = true,
                examples = "opvang")
        String suggestion)
        implements Paged {

    static <T> SearchPage<T> of(Page<T> page, Facets facets, String suggestion) {
        return new SearchPage<>(
                page.items(), page.page(), page.pageSize(), page.totalItems(), page.totalPages(), facets, suggestion);
    }

    public <R> SearchPage<R> map(Function<T, R> mapper) {
        return new SearchPage<>(
                items.stream().map(mapper).toList(), page, pageSize, totalItems, totalPages, facets, suggestion);
    }
}
