package nl.handreiking.catalogue.task;

import java.time.LocalDate;
import nl.handreiking.catalogue.CatalogueRequest;
import nl.handreiking.catalogue.ItemFields;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "TaskRequest", description = "Een opgave, zoals een redacteur die aanmaakt of vervangt.")
public class TaskRequest extends CatalogueRequest {

    @Schema(
            nullable = true,
            type = SchemaType.STRING,
            enumeration = {"short", "medium", "long"})
    private String horizon;

    @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-07-01")
    private LocalDate periodStart;

    @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-12-31")
    private LocalDate periodEnd;

    @Override
    public ItemFields toFields() {
        return ItemFields.of(this)
                .horizon(horizon)
                .period(periodStart, periodEnd)
                .build();
    }
}
