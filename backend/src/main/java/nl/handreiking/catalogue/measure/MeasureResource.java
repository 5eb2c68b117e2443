package nl.handreiking.catalogue.measure;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.handreiking.catalogue.CatalogueEndpoints;
import nl.handreiking.catalogue.CatalogueResource;
import nl.handreiking.catalogue.Kind;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Support measures: public when published, kept by editors. */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "measures", description = "Ondersteuningsmaatregelen voor gemeenten en provincies, met hoe u ze aanvraagt.")
public class MeasureResource extends CatalogueResource<MeasureView, MeasureRequest> {

    MeasureResource(CatalogueEndpoints endpoints) {
        super(Kind.MEASURE, endpoints, MeasureView::of);
    }
}
