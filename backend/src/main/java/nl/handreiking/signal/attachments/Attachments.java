package nl.handreiking.signal.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.signal.Moment;
import nl.handreiking.signal.SignalAttachment;
import nl.handreiking.signal.SignalEvent;
import nl.handreiking.signal.SignalService;
import org.apache.tika.Tika;

/**
 * Attachments of signals: PDF, Office documents and images up to 10 MB, recognised by their content (not
 * by the name or type the sender gives), named with an extension that fits that content, kept in
 * PostgreSQL and served only to those who see the signal.
 */
@ApplicationScoped
@Transactional
class Attachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;

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

    /** Other extensions that fit a type besides its own in {@link #ACCEPTED}. */
    private static final Map<String, Set<String>> ALSO = Map.of("image/jpeg", Set.of("jpeg", "jpe"));

    /** Control (Cc), format (Cf: bidi controls, zero-width) and line or paragraph separator characters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private static final Tika TIKA = new Tika();

    private final SignalService signals;
    private final AuditLog audit;

    Attachments(SignalService signals, AuditLog audit) {
        this.signals = signals;
        this.audit = audit;
    }

    /** "PDF, 12 kB": the kind of file as a reader of the audit log knows it, not its media type. */
    static String inWords(String type, int bytes) {
        return ACCEPTED.getOrDefault(type, type).toUpperCase(java.util.Locale.ROOT) + ", "
                + Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    Optional<SignalAttachment> add(UUID signalId, String fileName, InputStream body, Caller caller) {
        byte[] content = read(body);
        String given = fileName(fileName);
        String type = detect(content, given);
        String name = fitting(given, type);
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
            SignalEvent.record(
                    seen.signal(), caller, moment, "attached", List.of(FieldChange.of("attachment", null, name)));
            audit.record(
                    caller,
                    "attached",
                    "signal",
                    signalId.toString(),
                    seen.signal().reference + " " + name + " (" + inWords(type, content.length) + ")");
            return attachment;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<SignalAttachment> find(UUID signalId, UUID attachmentId, Caller caller) {
        return signals.visible(signalId, caller)
                .flatMap(seen -> SignalAttachment.<SignalAttachment>findByIdOptional(attachmentId))
                .filter(attachment -> attachment.signalId.equals(signalId));
    }

    /**
     * A file name as a download may carry it: no folders, at most 255 characters, and without control,
     * format (bidi overrides and isolates, zero-width) or line-separator characters, which are removed: a
     * right-to-left override would make {@code factuur\u202Efdp.exe} show as {@code factuurexe.pdf}.
     */
    static String fileName(String raw) {
        String visible = INVISIBLE
                .matcher(Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC))
                .replaceAll("");
        String name = visible.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty() || name.length() > 255 || name.startsWith(".")) {
            throw ProblemException.badRequest("fileName", Messages.text("reason.fileName"));
        }
        return name;
    }

    private static byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new ProblemException(
                        413, Messages.text("title.fileTooLarge"), Messages.text("detail.attachmentTooLarge"), null);
            }
            if (content.length == 0) {
                throw ProblemException.badRequest("body", Messages.text("reason.emptyFile"));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name with an extension that fits the type the content showed: an {@code .html} name on PDF content
     * would otherwise open in a browser (or elsewhere) as something it is not. A wrong extension is replaced,
     * a missing one added, one that fits kept as it was (capitals too).
     */
    static String fitting(String name, String type) {
        String extension = ACCEPTED.get(type);
        int dot = name.lastIndexOf('.');
        String given = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (given.equals(extension) || ALSO.getOrDefault(type, Set.of()).contains(given)) {
            return name;
        }
        String base = dot <= 0 ? name : name.substring(0, dot);
        return (base.length() + extension.length() + 1 > 255 ? base.substring(0, 254 - extension.length()) : base) + "."
                + extension;
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
            throw new ProblemException(
                    415,
                    Messages.text("title.fileTypeNotAllowed"),
                    Messages.text("detail.fileTypeNotAllowed", type),
                    null);
        }
        return type;
    }
}
