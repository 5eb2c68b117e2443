package nl.handreiking.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the where-clause of a query from optional filters, with named parameters. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (which uses {@code :name}) when the value is present. */
    public <T> Where and(String condition, String name, Optional<T> value) {
        value.ifPresent(v -> {
            conditions.add(condition);
            params.put(name, v);
        });
        return this;
    }

    /** Adds a condition without parameters. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** The clause, starting with " where", or empty when there are no conditions. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** Escapes the wildcards of a LIKE pattern; use with {@code escape '\'}. */
    public static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
