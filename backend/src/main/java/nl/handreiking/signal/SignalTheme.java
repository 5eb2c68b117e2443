package nl.handreiking.signal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** Every theme's Dutch name by its code. */
    public static Map<String, String> dutchNames() {
        return SignalTheme.<SignalTheme>listAll().stream()
                .collect(Collectors.toMap(theme -> theme.code, theme -> theme.name));
    }
}
