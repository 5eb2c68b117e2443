package nl.handreiking.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A task, support measure or funding item of the catalogue; the kind-specific fields are empty for the others. */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem extends PanacheEntityBase {

    @Id
    public UUID id;

    public String kind;
    public String slug;
    public String title;
    public String summary;
    public String body;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> domains;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> audiences;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "organisation_codes")
    public List<String> organisationCodes;

    public String status;

    @Column(name = "source_url")
    public String sourceUrl;

    public String url;

    @Column(name = "how_to_apply")
    public String howToApply;

    public String contact;
    public String horizon;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "total_budget_eur")
    public BigDecimal totalBudgetEur;

    @Column(name = "amount_per_applicant_eur")
    public BigDecimal amountPerApplicantEur;

    @Column(name = "amount_note")
    public String amountNote;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;
    /** Funding only: a standing scheme that a source calls open-ended, so it is open without a closing date. */
    @Column(name = "open_ended")
    public boolean openEnded;
    /** Funding only: a past scheme whose closing date no source gives; it is closed. */
    @Column(name = "window_ended")
    public boolean windowEnded;
    /** Raised by every change; the ETag of the item, checked against If-Match. */
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Kind kindValue() {
        return Kind.of(kind);
    }

    public Status statusValue() {
        return Status.of(status);
    }

    public String etag() {
        return "\"" + version + "\"";
    }
}
