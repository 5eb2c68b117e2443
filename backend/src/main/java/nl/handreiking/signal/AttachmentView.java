package nl.handreiking.signal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment as a signal lists it; the file itself is downloaded from {@code href}. */
@Schema(name = "Attachment", description = "Bijlage bij een signaal.")
public record AttachmentView(
        @Schema(examples = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
        UUID id,

        @Schema(examples = "wachttijden-ind.pdf") String fileName,

        @Schema(description = "Het type volgens de inhoud van het bestand.", examples = "application/pdf")
        String contentType,

        @Schema(description = "Grootte in bytes.", examples = "48213")
        int size,

        @Schema(examples = "2021-02-12T09:31:00Z") OffsetDateTime uploadedAt,
        @Schema(examples = "Gemeente Utrecht (demo)") String uploadedBy,

        @Schema(
                examples =
                        "/api/v1/signals/1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d/attachments/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
        String href) {

    public static AttachmentView from(SignalAttachment attachment) {
        return new AttachmentView(
                attachment.id,
                attachment.fileName,
                attachment.contentType,
                attachment.size,
                attachment.uploadedAt,
                attachment.uploaderName,
                "/api/v1/signals/" + attachment.signalId + "/attachments/" + attachment.id);
    }
}
