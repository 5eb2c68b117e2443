package nl.handreiking.follow;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which funding item to follow. */
@Schema(name = "FollowRequest", description = "De financiering die u wilt volgen.")
public record FollowRequest(
        @NotNull(message = "{hr.required}")
        @Schema(
                required = true,
                description = "Id van een gepubliceerde financiering.",
                examples = "0b5e7a3c-3a5e-4f9c-8d7e-2c6d9b1a4e21")
        UUID fundingId) {}
