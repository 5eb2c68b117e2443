package nl.handreiking.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field with its value before and after, as text: the same in every history the API shows. */
@Schema(name = "FieldChange")
public record FieldChangeView(
        @Schema(description = "Veldnaam in de API.", examples = "title")
        String field,

        @Schema(description = "Waarde ervoor.", nullable = true, examples = "Oude titel")
        String from,

        @Schema(description = "Waarde erna.", nullable = true, examples = "Nieuwe titel")
        String to) {

    /** The changes as the API shows them (a link's item id stays inside). */
    public static List<FieldChangeView> of(List<FieldChange> changes) {
        return changes.stream()
                .map(c -> new FieldChangeView(c.field(), c.from(), c.to()))
                .toList();
    }
}
