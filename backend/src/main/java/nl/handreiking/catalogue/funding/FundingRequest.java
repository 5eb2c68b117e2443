package nl.handreiking.catalogue.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.handreiking.catalogue.CatalogueRequest;
import nl.handreiking.catalogue.ItemFields;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding item as an editor writes it: the whole item, for creating and for replacing. */
@Schema(name = "FundingRequest", description = "Een financiering, zoals een redacteur die aanmaakt of vervangt.")
public class FundingRequest extends CatalogueRequest {

    @SingleLine
    @Size(max = 500, message = "{hr.maxLength}")
    @Schema(nullable = true)
    private String legalBasis;

    @DecimalMin(value = "0", message = "{hr.notNegative}")
    @Schema(nullable = true, examples = "50000000", type = SchemaType.NUMBER)
    private BigDecimal totalBudgetEur;

    @DecimalMin(value = "0", message = "{hr.notNegative}")
    @Schema(nullable = true, examples = "30000", type = SchemaType.NUMBER)
    private BigDecimal amountPerApplicantEur;

    @Size(max = 1000, message = "{hr.maxLength}")
    @Schema(nullable = true)
    private String amountNote;

    @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-03-01")
    private LocalDate opensOn;

    @Schema(nullable = true, type = SchemaType.STRING, format = "date", examples = "2021-06-30")
    private LocalDate closesOn;

    @Schema(
            nullable = true,
            description = "Alleen als een bron zegt dat de regeling doorlopend is (zoals een vaste regeling): "
                    + "dan is zij open zonder sluitingsdatum.",
            examples = "false")
    private Boolean openEnded;

    @Schema(
            nullable = true,
            description = "De regeling is voorbij, al noemt geen bron de sluitingsdatum: dan is zij gesloten.",
            examples = "false")
    private Boolean windowEnded;

    @Size(max = 4000, message = "{hr.maxLength}")
    @Schema(nullable = true)
    private String howToApply;

    @SingleLine
    @Size(max = 500, message = "{hr.maxLength}")
    @Schema(nullable = true, examples = "https://www.rvo.nl")
    private String url;

    @Override
    public ItemFields toFields() {
        return ItemFields.of(this)
                .url(url)
                .howToApply(howToApply)
                .legalBasis(legalBasis)
                .amounts(totalBudgetEur, amountPerApplicantEur, amountNote)
                .window(opensOn, closesOn, Boolean.TRUE.equals(openEnded), Boolean.TRUE.equals(windowEnded))
                .build();
    }
}
