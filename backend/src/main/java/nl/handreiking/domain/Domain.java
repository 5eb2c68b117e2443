package nl.handreiking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the three policy domains: reception, housing of permit holders, civic integration. */
@Entity
@Table(name = "domain")
public class Domain extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String description;

    @Column(name = "description_en")
    public String descriptionEn;

    public int position;
}
