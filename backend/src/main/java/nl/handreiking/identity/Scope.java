package nl.handreiking.identity;

import java.util.Arrays;
import java.util.Optional;
import nl.handreiking.common.ApiEnum;

/** What another government system may do with its token; reading published content needs none. */
public enum Scope implements ApiEnum {
    CATALOGUE_WRITE("catalogue:write"),
    SIGNALS_WRITE("signals:write"),
    QUOTAS_WRITE("quotas:write"),
    WEBHOOKS("webhooks");

    /** Scope names as used in {@code @RolesAllowed}. */
    public static final String CATALOGUE_WRITE_SCOPE = "catalogue:write";

    public static final String SIGNALS_WRITE_SCOPE = "signals:write";
    public static final String QUOTAS_WRITE_SCOPE = "quotas:write";
    public static final String WEBHOOKS_SCOPE = "webhooks";

    private final String apiValue;

    Scope(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    public static Optional<Scope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.apiValue.equals(value)).findFirst();
    }
}
