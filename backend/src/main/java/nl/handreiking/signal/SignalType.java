package nl.handreiking.signal;

import nl.handreiking.common.ApiEnum;

/** An administrative signal (bestuurlijk signaal) or a question to the support team. */
public enum SignalType implements ApiEnum {
    SIGNAL("signal"),
    QUESTION("question");

    private final String apiValue;

    SignalType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
