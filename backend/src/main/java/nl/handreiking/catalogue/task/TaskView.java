package nl.handreiking.catalogue.task;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.ItemHead;
import nl.handreiking.catalogue.ItemTail;
import nl.handreiking.catalogue.LinkView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task (opgave) as the API shows it. */
@Schema(name = "Task", description = "Een opgave in opvang, huisvesting of inburgering.")
public record TaskView(
        @JsonUnwrapped ItemHead head,

        @Schema(
                description = "Termijn.",
                nullable = true,
                type = SchemaType.STRING,
                enumeration = {"short", "medium", "long"})
        String horizon,

        @Schema(
                description = "Begin van de looptijd.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-07-01")
        LocalDate periodStart,

        @Schema(
                description = "Einde van de looptijd.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-12-31")
        LocalDate periodEnd,

        @JsonUnwrapped ItemTail tail) {

    static TaskView of(CatalogueItem item, List<LinkView> links, String snippet) {
        return new TaskView(
                ItemHead.of(item), item.horizon, item.periodStart, item.periodEnd, ItemTail.of(item, links, snippet));
    }
}
