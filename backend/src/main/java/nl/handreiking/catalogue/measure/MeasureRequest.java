package nl.handreiking.catalogue.measure;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.handreiking.catalogue.CatalogueRequest;
import nl.handreiking.catalogue.ItemFields;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support measure as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "MeasureRequest", description = "Een maatregel, zoals een redacteur die aanmaakt of vervangt.")
public class MeasureRequest extends CatalogueRequest {

    @Size(max = 4000, message = "{hr.maxLength}")
    @Schema(nullable = true)
    private String howToApply;

    @SingleLine
    @Size(max = 500, message = "{hr.maxLength}")
    @Schema(nullable = true)
    private String contact;

    @SingleLine
    @Size(max = 500, message = "{hr.maxLength}")
    @Schema(nullable = true, examples = "https://www.coa.nl")
    private String url;

    @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-01-01")
    private LocalDate validFrom;

    @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-12-31")
    private LocalDate validTo;

    @Override
    public ItemFields toFields() {
        return ItemFields.of(this)
                .url(url)
                .howToApply(howToApply)
                .contact(contact)
                .valid(validFrom, validTo)
                .build();
    }
}
