package nl.handreiking.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A temporary password, shown once to the administrator who reset it. */
@Schema(name = "PasswordReset", description = "Tijdelijk wachtwoord; wordt één keer getoond.")
public record PasswordResetView(
        @Schema(description = "Het tijdelijke wachtwoord.", examples = "Xk3v9QpL2mZt8RwA")
        String temporaryPassword) {}
