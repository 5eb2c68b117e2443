package nl.handreiking.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A letter, meeting, report or agreement that frames the work. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;
    public String title;
    public String kind;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String summary;
    public String url;
    public String source;
}
