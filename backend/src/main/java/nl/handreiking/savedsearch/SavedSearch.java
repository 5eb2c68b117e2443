package nl.handreiking.savedsearch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.handreiking.catalogue.SearchParams;
import nl.handreiking.catalogue.SearchQuery;

/** A person's finder search with a name and how often its digest comes (the digest's horizon is SQL only). */
@Entity
@Table(name = "saved_search")
class SavedSearch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id")
    public UUID accountId;

    public String name;
    public String kind;
    public String q;
    public String domain;
    public String audience;
    public String organisation;

    @Column(name = "open_on")
    public LocalDate openOn;

    @Column(name = "closes_before")
    public LocalDate closesBefore;

    public String sort;
    public String frequency;
    public boolean paused;
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "last_digest_at")
    public OffsetDateTime lastDigestAt;

    @Column(name = "next_digest_at")
    public OffsetDateTime nextDigestAt;

    /** Since when the search also brings closing-date alerts for the funding it finds; null when it does not. */
    @Column(name = "closing_alerts_since")
    public OffsetDateTime closingAlertsSince;

    /** The search as the catalogue reads it, by the rules it was checked with when saved. */
    SearchQuery query() {
        return SearchParams.saved(
                q,
                domain,
                audience,
                organisation,
                openOn == null ? null : openOn.toString(),
                closesBefore == null ? null : closesBefore.toString(),
                sort);
    }
}
