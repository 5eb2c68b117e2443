package nl.handreiking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import nl.handreiking.common.HandreikingConfig;

/** When an answer is due: a number of working days per theme after submission, Dutch time. */
@ApplicationScoped
public class AnswerTerms {

    /** Dates (due dates, "today") are those of the Netherlands, whatever zone the server runs in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final HandreikingConfig.Signals config;

    AnswerTerms(HandreikingConfig config) {
        this.config = config.signals();
    }

    public int workingDays(String theme) {
        return config.answerDays().getOrDefault(theme, config.defaultAnswerDays());
    }

    /** The due date of an answer to a signal of this theme submitted (or reopened) at this moment. */
    public LocalDate dueOn(String theme, OffsetDateTime from) {
        return WorkingDays.after(from.atZoneSameInstant(ZONE).toLocalDate(), workingDays(theme));
    }

    public Duration reopenPeriod() {
        return config.reopenPeriod();
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dateOf(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZONE).toLocalDate();
    }
}
