package nl.handreiking.quota;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import wrote. */
@Schema(name = "HousingQuotaImport", description = "Resultaat van het inlezen: alle regels zijn geschreven.")
public record ImportResult(
        @Schema(description = "Aantal ingelezen regels.", examples = "352")
        int lines,

        @Schema(description = "De halfjaren waarvoor cijfers zijn ingelezen.", examples = "[\"2021-H1\"]")
        List<String> periods) {}
