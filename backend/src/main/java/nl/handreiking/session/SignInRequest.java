package nl.handreiking.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** E-mail address and password of a person signing in. */
@Schema(name = "SignInRequest", description = "Aanmelden met e-mailadres en wachtwoord.")
public record SignInRequest(
        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 254, message = "{hr.maxLength}")
        @Schema(required = true, examples = "gemeente.utrecht@handreiking.test")
        String email,

        @NotBlank(message = "{hr.required}")
        @Size(max = 128, message = "{hr.maxLength}")
        @Schema(required = true, format = "password", examples = "demo-wachtwoord")
        String password) {}
