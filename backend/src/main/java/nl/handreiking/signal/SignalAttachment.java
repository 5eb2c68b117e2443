package nl.handreiking.signal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file attached to a signal, kept in the database with the type its content showed. */
@Entity
@Table(name = "signal_attachment")
public class SignalAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "signal_id")
    public UUID signalId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    public int size;
    /** Loaded only when the file is downloaded, not when a signal lists its attachments. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    @Column(name = "uploader_name")
    public String uploaderName;
}
