package nl.handreiking.region;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the 2021 municipalities and provinces from the data files shipped in the application, at every
 * start and idempotently: rows are inserted or brought up to date, never duplicated.
 */
@ApplicationScoped
public class RegionLoader {

    private static final String PROVINCES = "data/regions/provincies-2021.csv";
    private static final String MUNICIPALITIES = "data/regions/gemeenten-2021.csv";
    private static final String UPSERT = """
            INSERT INTO region (code, name, type, province_code, capital, population, population_note, search_name)
            VALUES (:code, :name, :type, :province, :capital, :population, :note, :searchName)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type,
                province_code = excluded.province_code, capital = excluded.capital, population = excluded.population,
                population_note = excluded.population_note, search_name = excluded.search_name
            """;
    private static final String PROVINCE_POPULATION = """
            UPDATE region p SET population = (SELECT sum(m.population) FROM region m WHERE m.province_code = p.code)
            WHERE p.type = 'province'
            """;

    private final EntityManager em;

    RegionLoader(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        List<CSVRecord> provinces = read(PROVINCES);
        List<CSVRecord> municipalities = read(MUNICIPALITIES);
        provinces.forEach(p -> upsert(p.get("code"), p.get("name"), "", RegionType.PROVINCE, null, p.get("capital"), null, null));
        municipalities.forEach(m -> upsert(m.get("code"), m.get("name"), m.get("also_known_as"), RegionType.MUNICIPALITY,
                m.get("province_code"), null, Integer.valueOf(m.get("population_2020")), m.get("population_note")));
        em.createNativeQuery(PROVINCE_POPULATION).executeUpdate();
        Log.infof("Regions loaded: %d provinces, %d municipalities", provinces.size(), municipalities.size());
    }

    private void upsert(String code, String name, String alsoKnownAs, RegionType type, String province, String capital,
            Integer population, String note) {
        em.createNativeQuery(UPSERT)
                .setParameter("code", code)
                .setParameter("name", name)
                .setParameter("type", type.apiValue())
                .setParameter("province", province)
                .setParameter("capital", capital)
                .setParameter("population", population)
                .setParameter("note", note == null || note.isBlank() ? null : note)
                .setParameter("searchName", Region.searchable((name + " " + alsoKnownAs).trim()))
                .executeUpdate();
    }

    private static List<CSVRecord> read(String resource) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(RegionLoader.class.getClassLoader().getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
