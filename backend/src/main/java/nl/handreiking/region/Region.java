package nl.handreiking.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;

/** A municipality or province of the 2021 division, by its CBS code. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
    public String type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_code")
    public Region province;

    public String capital;
    public Integer population;

    @Column(name = "population_note")
    public String populationNote;
    /** The name, and its common form where that differs, in lower case without accents: "fryslan" finds "Fryslân". */
    @Column(name = "search_name")
    public String searchName;

    /** Lower case, accents removed: the form in which names are stored for search and queries are compared. */
    public static String searchable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
