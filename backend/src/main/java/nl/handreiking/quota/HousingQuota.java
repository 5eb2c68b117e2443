package nl.handreiking.quota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The quota of one municipality for one half year: what was asked and what was done. */
@Entity
@Table(name = "housing_quota")
@IdClass(HousingQuota.Key.class)
public class HousingQuota extends PanacheEntityBase {

    @Id
    @Column(name = "municipality_code")
    public String municipalityCode;

    @Id
    public String period;

    public int target;
    public Integer realised;
    /** Only where it cannot be derived from the half year before; see {@link QuotaLedger}. */
    @Column(name = "arrears_in")
    public Integer arrearsIn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> estimated;

    public String source;
    public String note;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether {@link StoredLedger#refresh} must carry this municipality again; the carried values are written only there. */
    @Column(name = "ledger_stale")
    boolean ledgerStale = true;

    /** Every write of figures goes through here: it leaves the municipality's stored balances to be carried again. */
    void written(OffsetDateTime at) {
        updatedAt = at;
        ledgerStale = true;
    }

    /** Parsed once: the ledger compares half years of thousands of rows. */
    @jakarta.persistence.Transient
    private HalfYear halfYear;

    @jakarta.persistence.Transient
    private String parsedPeriod;

    HalfYear halfYear() {
        if (halfYear == null || !period.equals(parsedPeriod)) {
            halfYear = HalfYear.parse(period).orElseThrow();
            parsedPeriod = period;
        }
        return halfYear;
    }

    /** The composite key: municipality and half year. */
    public static class Key implements Serializable {

        public String municipalityCode;
        public String period;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.municipalityCode, municipalityCode)
                    && Objects.equals(key.period, period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipalityCode, period);
        }
    }
}
