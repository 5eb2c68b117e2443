package nl.handreiking.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** E-mail address and password of a person signing in. */
@Schema(name = "SignInRequest", description = "Aanmelden met e-mailadres en wachtwoord.")
public record SignInRequest(
        @NotBlank(message = "is verplicht") @Size(max = 254, message = "mag hoogstens 254 tekens lang zijn")
        @Schema(required = true, examples = "gemeente.utrecht@handreiking.test") String email,
        @NotBlank(message = "is verplicht") @Size(max = Passwords.MAX_LENGTH, message = "mag hoogstens 128 tekens lang zijn")
        @Schema(required = true, format = "password", examples = "demo-wachtwoord") String password) {
}
