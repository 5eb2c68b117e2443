package nl.handreiking.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account; the role decides whether it belongs to an organisation or to a region. */
@Schema(
        name = "UserRequest",
        description =
                "Nieuw account. municipality en province horen bij een regio, de andere rollen bij een organisatie.")
public record UserRequest(
        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Email(message = "{hr.email}")
        @Size(max = 254, message = "{hr.maxLength}")
        @Schema(required = true, examples = "beleid@zwolle.example")
        String email,

        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 200, message = "{hr.maxLength}")
        @Schema(required = true, examples = "A. de Vries")
        String displayName,

        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"municipality", "province", "support", "editor", "admin"},
                examples = "municipality")
        String role,

        @Schema(description = "Verplicht voor support, editor en admin.", nullable = true, examples = "BZK")
        String organisationCode,

        @Schema(
                description = "Verplicht voor municipality (GMxxxx) en province (PVxx).",
                nullable = true,
                examples = "GM0193")
        String regionCode,

        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                format = "password",
                minLength = 12,
                maxLength = 64,
                description =
                        "12 tot 64 tekens (en hoogstens 72 bytes in UTF-8); geen veelgebruikt, voor de hand liggend "
                                + "of op naam of e-mailadres lijkend wachtwoord.",
                examples = "zeven-zachte-zeilboten-zwaaien")
        String password) {}
