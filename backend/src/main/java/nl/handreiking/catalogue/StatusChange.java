package nl.handreiking.catalogue;

import jakarta.validation.constraints.NotBlank;
import nl.handreiking.common.Messages;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The publication status an editor moves an item to. */
@Schema(
        name = "StatusChangeRequest",
        description = "Nieuwe publicatiestatus: draft → published → archived, en terug naar draft om te herzien.")
public record StatusChange(
        @NotBlank(message = "{hr.required}")
        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"draft", "published", "archived"},
                examples = "published")
        String status) {

    Status value() {
        try {
            return Status.of(status);
        } catch (IllegalArgumentException e) {
            throw nl.handreiking.common.ProblemException.badRequest(
                    "status", Messages.text("reason.catalogueStatusValues"));
        }
    }
}
