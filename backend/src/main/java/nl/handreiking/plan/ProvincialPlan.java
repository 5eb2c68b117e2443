package nl.handreiking.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The reception plan a province was asked for under the flexible asylum chain agenda. */
@Entity
@Table(name = "provincial_plan")
public class ProvincialPlan extends PanacheEntityBase {

    @Id
    @Column(name = "province_code")
    public String provinceCode;

    public String status;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Column(name = "document_url")
    public String documentUrl;

    public String note;
    public String source;
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
