package nl.handreiking.signal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme of signals, as named in the letter, with help for submitters and its default owner. */
@Entity
@Table(name = "signal_theme")
public class SignalTheme extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    public String description;
    @Column(name = "description_en")
    public String descriptionEn;
    @Column(name = "default_owner")
    public String defaultOwner;
    public int position;
}
