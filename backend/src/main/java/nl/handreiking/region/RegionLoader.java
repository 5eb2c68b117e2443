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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import nl.handreiking.common.StartingData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;

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
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type,
                province_code = excluded.province_code, capital = excluded.capital, population = excluded.population,
                population_note = excluded.population_note, search_name = excluded.search_name
            WHERE (region.name, region.type, region.province_code, region.capital, region.population,
                   region.population_note, region.search_name)
                IS DISTINCT FROM (excluded.name, excluded.type, excluded.province_code, excluded.capital,
                   excluded.population, excluded.population_note, excluded.search_name)
            """;
    private static final String PROVINCE_POPULATION = """
            UPDATE region p SET population = t.total
            FROM (SELECT province_code, sum(population)::int AS total FROM region GROUP BY province_code) t
            WHERE p.type = 'province' AND t.province_code = p.code AND p.population IS DISTINCT FROM t.total
            """;

    private final EntityManager em;
    private final StartingData startingData;

    RegionLoader(EntityManager em, StartingData startingData) {
        this.em = em;
        this.startingData = startingData;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        if (startingData.upToDate(RegionLoader.class, PROVINCES, MUNICIPALITIES)) {
            return;
        }
        List<CSVRecord> provinces = read(PROVINCES);
        List<CSVRecord> municipalities = read(MUNICIPALITIES);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (CSVRecord p : provinces) {
                    add(
                            upsert,
                            p.get("code"),
                            p.get("name"),
                            "",
                            RegionType.PROVINCE,
                            null,
                            p.get("capital"),
                            null,
                            null);
                }
                for (CSVRecord m : municipalities) {
                    add(
                            upsert,
                            m.get("code"),
                            m.get("name"),
                            m.get("also_known_as"),
                            RegionType.MUNICIPALITY,
                            m.get("province_code"),
                            null,
                            Integer.valueOf(m.get("population_2020")),
                            m.get("population_note"));
                }
                upsert.executeBatch();
            }
            try (PreparedStatement population = connection.prepareStatement(PROVINCE_POPULATION)) {
                population.executeUpdate();
            }
        });
        Log.infof("Regions loaded: %d provinces, %d municipalities", provinces.size(), municipalities.size());
    }

    private static void add(
            PreparedStatement upsert,
            String code,
            String name,
            String alsoKnownAs,
            RegionType type,
            String province,
            String capital,
            Integer population,
            String note)
            throws SQLException {
        upsert.setString(1, code);
        upsert.setString(2, name);
        upsert.setString(3, type.apiValue());
        upsert.setString(4, province);
        upsert.setString(5, capital);
        upsert.setObject(6, population, Types.INTEGER);
        upsert.setString(7, note == null || note.isBlank() ? null : note);
        upsert.setString(8, Region.searchable((name + " " + alsoKnownAs).trim()));
        upsert.addBatch();
    }

    private static List<CSVRecord> read(String resource) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(RegionLoader.class.getClassLoader().getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
