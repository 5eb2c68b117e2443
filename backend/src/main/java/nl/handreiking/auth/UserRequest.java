package nl.handreiking.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account; the role decides whether it belongs to an organisation or to a region. */
@Schema(name = "UserRequest", description = "Nieuw account. municipality en province horen bij een regio, de andere rollen bij een organisatie.")
public record UserRequest(
        @NotBlank(message = "is verplicht") @Email(message = "is geen geldig e-mailadres") @Size(max = 254, message = "mag hoogstens 254 tekens lang zijn")
        @Schema(required = true, examples = "beleid@zwolle.example") String email,
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn")
        @Schema(required = true, examples = "A. de Vries") String displayName,
        @NotBlank(message = "is verplicht")
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"municipality", "province", "support", "editor", "admin"}, examples = "municipality") String role,
        @Schema(description = "Verplicht voor support, editor en admin.", nullable = true, examples = "BZK") String organisationCode,
        @Schema(description = "Verplicht voor municipality (GMxxxx) en province (PVxx).", nullable = true, examples = "GM0193") String regionCode,
        @NotBlank(message = "is verplicht")
        @Schema(required = true, format = "password", description = "Minstens 12 tekens.", examples = "een-lang-wachtwoord") String password) {
}
