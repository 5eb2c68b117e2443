package nl.handreiking.follow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who follows a funding item, to be reminded of its closing date. */
@Entity
@Table(name = "follow")
class Follow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "funding_id")
    public UUID fundingId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
