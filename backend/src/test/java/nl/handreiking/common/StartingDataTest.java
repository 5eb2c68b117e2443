package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A start records which starting data the database holds; the same data, code and schema need no second load. */
@QuarkusTest
class StartingDataTest {

    private static final String PROVINCES = "data/regions/provincies-2021.csv";
    private static final String MUNICIPALITIES = "data/regions/gemeenten-2021.csv";

    @Inject
    StartingData startingData;

    @Inject
    EntityManager em;

    @Test
    void everyLoaderOfStartingDataRecordedWhatItLoaded() {
        @SuppressWarnings("unchecked")
        List<String> loaders = QuarkusTransaction.requiringNew()
                .call(() ->
                        em.createNativeQuery("SELECT loader FROM starting_data").getResultList());
        assertThat(loaders).contains("RegionLoader", "StartingContent", "StartingPlans", "StartingQuotas");
    }

    @Test
    void theSameSourcesAreUpToDateAndAnotherSourceMakesTheLoaderRunOnceMore() {
        try {
            assertThat(upToDate(PROVINCES)).as("never loaded").isFalse();
            assertThat(upToDate(PROVINCES)).as("loaded with these sources").isTrue();
            assertThat(upToDate(PROVINCES, MUNICIPALITIES)).as("another source").isFalse();
            assertThat(upToDate(PROVINCES, MUNICIPALITIES)).isTrue();
            assertThat(upToDate(PROVINCES)).as("back to the first").isFalse();
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("DELETE FROM starting_data WHERE loader = ?1")
                            .setParameter(1, StartingDataTest.class.getSimpleName())
                            .executeUpdate());
        }
    }

    @Test
    void aLoadThatFailsRecordsNothing() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                assertThat(startingData.upToDate(StartingDataTest.class, PROVINCES))
                        .isFalse();
                throw new IllegalStateException("the load failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(upToDate(PROVINCES)).as("nothing was recorded").isFalse();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM starting_data WHERE loader = ?1")
                        .setParameter(1, StartingDataTest.class.getSimpleName())
                        .executeUpdate());
    }

    private boolean upToDate(String... resources) {
        return QuarkusTransaction.requiringNew().call(() -> startingData.upToDate(StartingDataTest.class, resources));
    }
}
