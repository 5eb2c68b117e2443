package nl.handreiking.catalogue.task;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.handreiking.catalogue.CatalogueEndpoints;
import nl.handreiking.catalogue.CatalogueResource;
import nl.handreiking.catalogue.Kind;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tasks (opgaven): public when published, kept by editors. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "tasks",
        description =
                "Opgaven in opvang, huisvesting en inburgering, met de maatregelen en financiering die erbij helpen.")
public class TaskResource extends CatalogueResource<TaskView, TaskRequest> {

    TaskResource(CatalogueEndpoints endpoints) {
        super(Kind.TASK, endpoints, TaskView::of);
    }
}
