package nl.handreiking.signal.triage;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An internal note as the support team reads it. */
@Schema(name = "Note", description = "Interne notitie van het ondersteuningsteam.")
record NoteView(
        @Schema(examples = "8e2b1c4d-3f5a-4b6c-9d7e-0f1a2b3c4d5e")
        UUID id,

        @Schema(examples = "2021-02-15T10:00:00Z") OffsetDateTime writtenAt,
        @Schema(examples = "Ondersteuningsteam COA (demo)") String authorName,
        @Schema(examples = "Navraag gedaan bij de IND.") String text) {

    static NoteView from(SignalNote note) {
        return new NoteView(note.id, note.writtenAt, note.authorName, note.text);
    }
}
