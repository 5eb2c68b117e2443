package nl.handreiking.follow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.handreiking.catalogue.funding.FundingDeadline;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding item someone follows, with what the reminders are about. */
@Schema(
        name = "Follow",
        description = "Een financiering die u volgt: u krijgt 14 en 3 dagen voor de sluiting een e-mail.")
public record FollowView(
        @Schema(
                description = "Id van het volgen (om het te stoppen).",
                examples = "5d7c1a2e-8f3b-4c6d-9e0a-1b2c3d4e5f60")
        UUID id,

        @Schema(description = "Id van de financiering.", examples = "0b5e7a3c-3a5e-4f9c-8d7e-2c6d9b1a4e21")
        UUID fundingId,

        @Schema(description = "Titel van de financiering.", examples = "Regeling specifieke uitkering huisvesting")
        String title,

        @Schema(
                description = "Sluitingsdatum (aanvragen kan tot en met); leeg als die niet bekend is: dan komt er "
                        + "geen herinnering.",
                nullable = true,
                type = SchemaType.STRING,
                format = "date",
                examples = "2021-06-30")
        LocalDate closesOn,

        @Schema(description = "Gevolgd sinds.", examples = "2021-03-01T09:30:00Z")
        OffsetDateTime followedAt) {

    static FollowView of(Follow follow, FundingDeadline funding) {
        return new FollowView(
                follow.id, funding.id(), funding.title(), funding.closesOn().orElse(null), follow.createdAt);
    }
}
