package nl.handreiking.apiclient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API client: a name, its scopes and optionally whom it works for. */
@Schema(name = "ApiClientRequest", description = "Nieuwe API-client.")
public record ApiClientRequest(
        @SingleLine
        @NotBlank(message = "{hr.required}")
        @Size(max = 200, message = "{hr.maxLength}")
        @Schema(required = true, examples = "Zaaksysteem gemeente Utrecht")
        String name,

        @NotEmpty(message = "{hr.atLeastOneScope}")
        @Schema(
                required = true,
                description = "catalogue:write, signals:write, quotas:write en/of webhooks.",
                examples = "[\"signals:write\"]")
        List<String> scopes,

        @Schema(nullable = true, examples = "COA") String organisationCode,
        @Schema(nullable = true, examples = "GM0344") String regionCode) {}
