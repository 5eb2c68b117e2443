package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates as configured per theme, in Dutch time, across Easter, King's Day, Liberation Day and Christmas. */
@QuarkusTest
class AnswerTermsTest {

    @Inject
    AnswerTerms terms;

    @ParameterizedTest(name = "{0} submitted {1}: due {2}")
    @CsvSource({
        // 10 working days; Good Friday 2 April and Easter Monday 5 April 2021 do not count
        "ind-processing-times, 2021-03-30T10:00:00+02:00, 2021-04-15",
        // 10 working days; King's Day Wednesday 27 April 2022 and Liberation Day Thursday 5 May 2022 do not count
        "housing-quota, 2022-04-25T09:00:00+02:00, 2022-05-11",
        // King's Day 2025 falls on a Sunday and moves to Saturday 26 April: only the weekend is skipped
        "housing-quota, 2025-04-24T09:00:00+02:00, 2025-05-09",
        // 5 working days; Christmas 25 and 26 December 2024 and New Year's Day do not count
        "public-support, 2024-12-24T11:00:00+01:00, 2025-01-03",
        // 23:30 UTC on 23 December is already the 24th in the Netherlands: the term counts from there
        "public-support, 2024-12-23T23:30:00Z, 2025-01-03",
        // 15 working days for housing finance, Ascension Day 13 May and Whit Monday 24 May 2021 skipped
        "housing-finance, 2021-05-10T09:00:00+02:00, 2021-06-02"
    })
    void theAnswerIsDueTheConfiguredNumberOfWorkingDaysAfterSubmission(String theme, String submitted, String due) {
        assertThat(terms.dueOn(theme, OffsetDateTime.parse(submitted))).isEqualTo(LocalDate.parse(due));
    }
}
