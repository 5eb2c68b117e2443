package nl.handreiking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.auth.Caller;
import nl.handreiking.common.ProblemException;
import org.apache.tika.Tika;

/**
 * Attachments of signals: PDF, Office documents and images up to 10 MB, recognised by their content (not
 * by the name or type the sender gives), kept in PostgreSQL and served only to those who see the signal.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The types accepted, by what the content shows, with the extension a download gets. */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"));

    private static final Tika TIKA = new Tika();

    private final SignalService signals;
    private final AuditLog audit;

    Attachments(SignalService signals, AuditLog audit) {
        this.signals = signals;
        this.audit = audit;
    }

    public Optional<SignalAttachment> add(UUID signalId, String fileName, InputStream body, Caller caller) {
        String name = SignalRules.fileName(fileName);
        byte[] content = read(body);
        String type = detect(content, name);
        return signals.locked(signalId, caller).map(seen -> {
            SignalAttachment attachment = new SignalAttachment();
            attachment.id = UUID.randomUUID();
            attachment.signalId = signalId;
            attachment.fileName = name;
            attachment.contentType = type;
            attachment.size = content.length;
            attachment.content = content;
            attachment.uploadedAt = OffsetDateTime.now();
            attachment.uploaderName = caller.name();
            attachment.persist();
            Moment moment = new Moment(attachment.uploadedAt, false);
            seen.signal().touch(moment);
            SignalEvent.record(seen.signal(), caller, moment, "attached", List.of(new SignalEvent.Change("attachment", null, name)));
            audit.record(caller, "attached", "signal", signalId.toString(), seen.signal().reference + " " + name + " (" + type + ")");
            return attachment;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignalAttachment> find(UUID signalId, UUID attachmentId, Caller caller) {
        return signals.visible(signalId, caller).flatMap(seen -> SignalAttachment.<SignalAttachment>findByIdOptional(attachmentId))
                .filter(attachment -> attachment.signalId.equals(signalId));
    }

    private static byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new ProblemException(413, "Bestand te groot", "Een bijlage mag ten hoogste 10 MB zijn.", null);
            }
            if (content.length == 0) {
                throw ProblemException.badRequest("body", "het bestand is leeg");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type by content; the name only refines it (a .docx is a zip by its bytes), never overrides it. */
    static String detect(byte[] content, String name) {
        String type;
        try {
            type = TIKA.detect(new ByteArrayInputStream(content), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ACCEPTED.containsKey(type)) {
            throw new ProblemException(415, "Bestandstype niet toegestaan",
                    "Het bestand is volgens de inhoud " + type + ". Toegestaan zijn PDF, Office- en OpenDocument-bestanden en afbeeldingen (PNG, JPEG, GIF, WebP).", null);
        }
        return type;
    }
}
