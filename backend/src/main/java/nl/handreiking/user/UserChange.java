package nl.handreiking.user;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to an account in merge-patch style: a field left out stays as it is. */
@Schema(
        name = "UserChange",
        description =
                "Wijziging van een account; weggelaten velden blijven gelijk. active=false deactiveert het account en beëindigt zijn sessies.")
public record UserChange(
        @Size(min = 1, max = 200, message = "{hr.lengthRange}") @Schema(examples = "A. de Vries")
        String displayName,

        @Schema(examples = "false") Boolean active) {}
