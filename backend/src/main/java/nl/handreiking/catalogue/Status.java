package nl.handreiking.catalogue;

import java.util.Set;
import nl.handreiking.common.ApiEnum;

/** Publication status: only published items are public; editors move items between the three. */
public enum Status implements ApiEnum {
    DRAFT("draft"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String apiValue;

    Status(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** draft → published → archived, and back to draft to revise. */
    public Set<Status> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(ARCHIVED, DRAFT);
            case ARCHIVED -> Set.of(DRAFT);
        };
    }

    public static Status of(String value) {
        for (Status status : values()) {
            if (status.apiValue.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
