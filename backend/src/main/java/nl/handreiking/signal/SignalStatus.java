package nl.handreiking.signal;

import java.util.Arrays;
import nl.handreiking.common.ApiEnum;

/** Where a signal stands; the allowed moves between them are in {@link SignalWorkflow}. */
public enum SignalStatus implements ApiEnum {
    SUBMITTED("submitted"),
    IN_PROGRESS("in_progress"),
    ANSWERED("answered"),
    FORWARDED("forwarded"),
    REJECTED("rejected"),
    CLOSED("closed");

    private final String apiValue;

    SignalStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The support team still owes an answer: these count as overdue after the due date. */
    public boolean awaitsAnswer() {
        return this == SUBMITTED || this == IN_PROGRESS;
    }

    static SignalStatus of(String value) {
        return Arrays.stream(values())
                .filter(s -> s.apiValue.equals(value))
                .findFirst()
                .orElseThrow();
    }
}
