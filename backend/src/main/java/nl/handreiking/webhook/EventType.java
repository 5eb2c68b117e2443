package nl.handreiking.webhook;

import java.util.Arrays;
import java.util.Optional;
import nl.handreiking.common.ApiEnum;

/** What a subscription can be told about; the API value is the CloudEvents {@code type}. */
public enum EventType implements ApiEnum {
    CATALOGUE_ITEM_PUBLISHED("catalogue.item.published"),
    CATALOGUE_ITEM_CHANGED("catalogue.item.changed"),
    CATALOGUE_ITEM_ARCHIVED("catalogue.item.archived"),
    SIGNAL_STATUS_CHANGED("signal.status_changed"),
    QUOTA_IMPORTED("quota.imported");

    private final String apiValue;

    EventType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    static Optional<EventType> of(String value) {
        return Arrays.stream(values()).filter(t -> t.apiValue.equals(value)).findFirst();
    }
}
