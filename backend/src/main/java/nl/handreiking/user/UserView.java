package nl.handreiking.user;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's account as administrators see it; never the password hash. */
@Schema(name = "User", description = "Account van een persoon.")
public record UserView(
        @Schema(description = "Id.", examples = "4f1c2a9e-6d1b-4b8e-9c43-0b7d5f3a2e10")
        UUID id,

        @Schema(description = "E-mailadres (aanmeldnaam).", examples = "gemeente.utrecht@handreiking.test")
        String email,

        @Schema(description = "Naam.", examples = "Gemeente Utrecht (demo)")
        String displayName,

        @Schema(
                description = "Rol.",
                type = SchemaType.STRING,
                enumeration = {"municipality", "province", "support", "editor", "admin"},
                examples = "municipality")
        String role,

        @Schema(description = "Organisatie, voor support, editor en admin.", nullable = true, examples = "BZK")
        String organisationCode,

        @Schema(
                description = "Gemeente of provincie, voor municipality en province.",
                nullable = true,
                examples = "GM0344")
        String regionCode,

        @Schema(description = "Of de persoon zich kan aanmelden.", examples = "true")
        boolean active,

        @Schema(description = "Demo-account (alleen met de ingebouwde database).", examples = "false")
        boolean demo,

        @Schema(description = "Aangemaakt op.", examples = "2021-02-12T09:30:00Z")
        OffsetDateTime createdAt,

        @Schema(description = "Laatst gewijzigd op.", examples = "2021-02-12T09:30:00Z")
        OffsetDateTime updatedAt) {

    static UserView from(Account account) {
        return new UserView(
                account.id,
                account.email,
                account.displayName,
                account.role,
                account.organisationCode,
                account.regionCode,
                account.active,
                account.demo,
                account.createdAt,
                account.updatedAt);
    }
}
