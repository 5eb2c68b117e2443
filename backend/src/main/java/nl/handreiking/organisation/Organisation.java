package nl.handreiking.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation involved in the Handreiking: a ministry, an association, an agency or a steering table. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public String code;

    public String abbreviation;
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String kind;

    @Column(name = "support_team")
    public boolean supportTeam;

    public String description;

    @Column(name = "source_url")
    public String sourceUrl;
}
