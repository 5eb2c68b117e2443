package nl.handreiking.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A part of the change feed, and where to go on reading. */
@Schema(name = "CatalogueChangePage", description = "Een deel van de wijzigingenfeed, oudste eerst.")
public record ChangePage(
        @Schema(description = "De wijzigingen, oudste eerst.")
        List<ChangeView> items,

        @Schema(
                description = "Cursor om verder te lezen (als after): de laatste hier, of de meegegeven als er "
                        + "nog niets nieuws is.",
                examples = "MTIzNDo1Ng")
        String next) {}
