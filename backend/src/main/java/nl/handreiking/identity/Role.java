package nl.handreiking.identity;

import java.util.Arrays;
import java.util.Optional;
import nl.handreiking.common.ApiEnum;

/** The role of a signed-in person; each person has exactly one. */
public enum Role implements ApiEnum {
    MUNICIPALITY("municipality"),
    PROVINCE("province"),
    SUPPORT("support"),
    EDITOR("editor"),
    ADMIN("admin");

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String MUNICIPALITY_ROLE = "municipality";

    public static final String PROVINCE_ROLE = "province";
    public static final String SUPPORT_ROLE = "support";
    public static final String EDITOR_ROLE = "editor";
    public static final String ADMIN_ROLE = "admin";

    private final String apiValue;

    Role(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** Whether people with this role belong to a region (GM/PV code) rather than an organisation. */
    public boolean belongsToRegion() {
        return this == MUNICIPALITY || this == PROVINCE;
    }

    public static Optional<Role> of(String value) {
        return Arrays.stream(values()).filter(r -> r.apiValue.equals(value)).findFirst();
    }
}
