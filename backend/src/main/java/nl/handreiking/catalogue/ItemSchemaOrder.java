package nl.handreiking.catalogue;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.handreiking.catalogue.funding.FundingView;
import nl.handreiking.catalogue.measure.MeasureView;
import nl.handreiking.catalogue.task.TaskView;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lists the properties of each kind's schema in the order Jackson writes them: the unwrapped {@link ItemHead}
 * first, the kind's own fields, the unwrapped {@link ItemTail} last. (SmallRye OpenAPI puts unwrapped
 * properties first, in no fixed order.)
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ItemSchemaOrder implements OASFilter {

    private static final List<Class<? extends Record>> VIEWS =
            List.of(TaskView.class, MeasureView.class, FundingView.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Class<? extends Record> view : VIEWS) {
            Schema schema =
                    schemas.get(view.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class)
                            .name());
            List<String> order = order(view);
            Map<String, Schema> properties = new LinkedHashMap<>();
            order.stream()
                    .filter(schema.getProperties()::containsKey)
                    .forEach(name -> properties.put(name, schema.getProperties().get(name)));
            schema.getProperties().forEach(properties::putIfAbsent);
            schema.setProperties(properties);
            if (schema.getRequired() != null) {
                List<String> required = new ArrayList<>(schema.getRequired());
                required.sort(Comparator.comparingInt(order::indexOf));
                schema.setRequired(required);
            }
        }
    }

    /** The JSON names of a view in the order Jackson writes them, with the unwrapped parts expanded. */
    private static List<String> order(Class<?> view) {
        return Arrays.stream(view.getRecordComponents())
                .flatMap(component -> component.getType().equals(ItemHead.class)
                                || component.getType().equals(ItemTail.class)
                        ? Arrays.stream(component.getType().getRecordComponents())
                        : java.util.stream.Stream.of(component))
                .map(RecordComponent::getName)
                .toList();
    }
}
