package nl.handreiking.catalogue;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Fills in each kind's own words where {@link CatalogueResource} documents its shared endpoints with a word
 * in braces, so that every kind keeps its operationIds, summaries and view schema in the contract.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CatalogueOperations implements OASFilter {

    /** A kind's words: in operationIds and schema names, in Dutch, and what its item page links to. */
    record Words(String kind, String kinds, String item, String items, String related, String linkable) {

        String fill(String text) {
            return text == null
                    ? null
                    : text.replace("{Kinds}", kinds)
                            .replace("{Kind}", kind)
                            .replace("{items}", items)
                            .replace("{Items}", capital(items))
                            .replace("{item}", item)
                            .replace("{Item}", capital(item))
                            .replace("{Related}", related)
                            .replace("{Linkable}", linkable);
        }

        private static String capital(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }

    /** By the tag of each kind's resource. */
    static final Map<String, Words> WORDS = Map.of(
            "tasks",
                    new Words(
                            "Task",
                            "Tasks",
                            "opgave",
                            "opgaven",
                            "Met alle gekoppelde maatregelen en financiering.",
                            "Maatregel of financiering"),
            "measures",
                    new Words(
                            "Measure",
                            "Measures",
                            "maatregel",
                            "maatregelen",
                            "Met de opgaven en financiering die erbij horen.",
                            "Item"),
            "funding",
                    new Words(
                            "Funding",
                            "Funding",
                            "financiering",
                            "financieringen",
                            "Met de opgaven en maatregelen die erbij horen.",
                            "Item"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().values().forEach(operation -> {
                    words(operation).ifPresent(words -> fill(operation, words));
                    if (operation.getOperationId() != null
                            && operation.getOperationId().contains("{")) {
                        // a kind without a row here would publish "{Kind}" in the contract: fail the build instead
                        throw new IllegalStateException("No catalogue words for " + operation.getOperationId()
                                + ", tags " + operation.getTags());
                    }
                }));
    }

    private static Optional<Words> words(Operation operation) {
        return operation.getTags() == null
                ? Optional.empty()
                : operation.getTags().stream()
                        .map(WORDS::get)
                        .filter(Objects::nonNull)
                        .findFirst();
    }

    private static void fill(Operation operation, Words words) {
        operation.setOperationId(words.fill(operation.getOperationId()));
        operation.setSummary(words.fill(operation.getSummary()));
        operation.setDescription(words.fill(operation.getDescription()));
        if (operation.getParameters() != null) {
            operation
                    .getParameters()
                    .forEach(parameter -> parameter.setDescription(words.fill(parameter.getDescription())));
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            response.setDescription(words.fill(response.getDescription()));
            if (response.getContent() != null) {
                response.getContent().getMediaTypes().values().stream()
                        .map(MediaType::getSchema)
                        .filter(schema -> schema != null && schema.getRef() != null)
                        .forEach(schema -> schema.setRef(words.fill(schema.getRef())));
            }
        });
    }
}
