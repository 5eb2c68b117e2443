package nl.handreiking.catalogue.measure;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.ItemHead;
import nl.handreiking.catalogue.ItemTail;
import nl.handreiking.catalogue.LinkView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support measure as the API shows it. */
@Schema(name = "Measure", description = "Een ondersteuningsmaatregel voor gemeenten en provincies.")
public record MeasureView(
        @JsonUnwrapped ItemHead head,

        @Schema(description = "Hoe u de maatregel aanvraagt of gebruikt.", nullable = true)
        String howToApply,

        @Schema(description = "Contact.", nullable = true, examples = "flexibilisering.asielketen@minjenv.nl")
        String contact,

        @Schema(description = "Officiële pagina.", nullable = true, examples = "https://www.coa.nl")
        String url,

        @Schema(
                description = "Geldig vanaf.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-01-01")
        LocalDate validFrom,

        @Schema(
                description = "Geldig tot en met.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-12-31")
        LocalDate validTo,

        @JsonUnwrapped ItemTail tail) {

    static MeasureView of(CatalogueItem item, List<LinkView> links, String snippet) {
        return new MeasureView(
                ItemHead.of(item),
                item.howToApply,
                item.contact,
                item.url,
                item.validFrom,
                item.validTo,
                ItemTail.of(item, links, snippet));
    }
}
