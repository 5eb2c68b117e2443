package nl.handreiking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.handreiking.common.SentStatements;
import org.junit.jupiter.api.Test;

/** A start with the plans already loaded from the same sources does not look at the plans again. */
@QuarkusTest
class StartingPlansTest {

    @Inject
    StartingPlans plans;

    @Test
    void aSecondStartWithTheSameSourcesReadsNoPlan() {
        SentStatements.clear();
        QuarkusTransaction.requiringNew().run(() -> plans.load(null));
        assertThat(SentStatements.since())
                .as("the statements of a start with the plans loaded")
                .noneMatch(sql -> sql.contains("provincial_plan"))
                .anyMatch(sql -> sql.contains("starting_data"));
    }
}
