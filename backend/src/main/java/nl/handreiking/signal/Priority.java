package nl.handreiking.signal;

import nl.handreiking.common.ApiEnum;

/** How urgent the support team judges a signal; new signals start as normal. */
public enum Priority implements ApiEnum {
    LOW("low"),
    NORMAL("normal"),
    HIGH("high");

    private final String apiValue;

    Priority(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
