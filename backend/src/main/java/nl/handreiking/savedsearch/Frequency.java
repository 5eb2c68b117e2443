package nl.handreiking.savedsearch;

import java.time.Duration;
import nl.handreiking.common.ApiEnum;

/** How often a saved search's digest comes. */
enum Frequency implements ApiEnum {
    DAILY("daily", Duration.ofDays(1)),
    WEEKLY("weekly", Duration.ofDays(7));

    private final String apiValue;
    private final Duration period;

    Frequency(String apiValue, Duration period) {
        this.apiValue = apiValue;
        this.period = period;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    Duration period() {
        return period;
    }

    static Frequency of(String value) {
        return value.equals(DAILY.apiValue) ? DAILY : WEEKLY;
    }
}
