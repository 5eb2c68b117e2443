package nl.handreiking.catalogue;

import nl.handreiking.common.ApiEnum;

/** The three kinds of catalogue item, with the collection path of each. */
public enum Kind implements ApiEnum {
    TASK("task", "tasks"),
    MEASURE("measure", "measures"),
    FUNDING("funding", "funding");

    private final String apiValue;
    private final String collection;

    Kind(String apiValue, String collection) {
        this.apiValue = apiValue;
        this.collection = collection;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The path of the collection under /api/v1. */
    public String collection() {
        return collection;
    }

    public static Kind of(String value) {
        for (Kind kind : values()) {
            if (kind.apiValue.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
