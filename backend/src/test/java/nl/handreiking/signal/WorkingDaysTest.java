package nl.handreiking.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates across Easter, King's Day, Liberation Day, Ascension, Whitsun and Christmas. */
class WorkingDaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2021, 2021-04-04",
        "2022, 2022-04-17",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void easterSundayFollowsTheGregorianRule(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2021-02-12, 10, 2021-02-26", // two plain weeks
        "2021-03-31, 5, 2021-04-09", // Good Friday 2 April and Easter Monday 5 April skipped
        "2021-04-23, 3, 2021-04-29", // King's Day, Tuesday 27 April, skipped
        "2022-04-22, 3, 2022-04-28", // 2022: 27 April is a Wednesday
        "2025-04-24, 2, 2025-04-28", // 2025: 27 April is a Sunday, King's Day moves to Saturday the 26th
        "2021-05-04, 1, 2021-05-06", // Liberation Day, Wednesday 5 May
        "2021-05-12, 1, 2021-05-14", // Ascension Day, Thursday 13 May
        "2021-05-21, 1, 2021-05-25", // Whit Monday 24 May
        "2021-12-23, 2, 2021-12-27", // Christmas 2021 falls on the weekend: only the weekend is skipped
        "2022-12-23, 1, 2022-12-27", // 2022: Boxing Day is a Monday
        "2020-12-24, 1, 2020-12-28", // 2020: Christmas on Friday, Boxing Day on Saturday
        "2021-12-31, 1, 2022-01-03"
    }) // New Year's Day 2022 is a Saturday
    void skipsWeekendsAndPublicHolidays(LocalDate start, int days, LocalDate due) {
        assertThat(WorkingDays.after(start, days)).isEqualTo(due);
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertThat(WorkingDays.after(LocalDate.of(2021, 2, 12), 0)).isEqualTo(LocalDate.of(2021, 2, 12));
    }

    @Test
    void holidaysOf2021() {
        assertThat(WorkingDays.holidays(2021))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 4, 2),
                        LocalDate.of(2021, 4, 5),
                        LocalDate.of(2021, 5, 13),
                        LocalDate.of(2021, 5, 24),
                        LocalDate.of(2021, 4, 27),
                        LocalDate.of(2021, 5, 5),
                        LocalDate.of(2021, 12, 25),
                        LocalDate.of(2021, 12, 26));
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> WorkingDays.after(LocalDate.of(2021, 1, 4), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
