package nl.handreiking.quota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A total of the housing quota for the country (NL) or a province, as a source reported it; null where it did not say. */
@Entity
@Table(name = "housing_quota_total")
@IdClass(ReportedTotal.Key.class)
public class ReportedTotal extends PanacheEntityBase {

    static final String COUNTRY = "NL";

    @Id
    @Column(name = "scope_code")
    public String scopeCode;

    @Id
    public String period;

    public Integer target;
    public Integer realised;

    @Column(name = "arrears_in")
    public Integer arrearsIn;

    public String source;
    public String note;

    /** The composite key: scope and half year. */
    public static class Key implements Serializable {

        public String scopeCode;
        public String period;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.scopeCode, scopeCode)
                    && Objects.equals(key.period, period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scopeCode, period);
        }
    }
}
