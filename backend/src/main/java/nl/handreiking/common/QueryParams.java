package nl.handreiking.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads raw query and path parameters, collecting every invalid one so that a request gets a single 400
 * problem naming all of them. Parameters arrive as strings on purpose: JAX-RS would answer 404 for a
 * number that does not parse.
 */
public final class QueryParams {

    private final List<Problem.InvalidParam> invalid = new ArrayList<>();

    public int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range value
        }
        reject(name, Messages.text("reason.integerRange", min, max));
        return defaultValue;
    }

    public <E extends Enum<E> & ApiEnum> Optional<E> oneOf(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.apiValue().equals(raw.trim())) {
                return Optional.of(constant);
            }
        }
        String allowed =
                Arrays.stream(type.getEnumConstants()).map(ApiEnum::apiValue).collect(Collectors.joining(", "));
        reject(name, Messages.text("reason.oneOfValues", allowed));
        return Optional.empty();
    }

    public Optional<String> matching(String name, String raw, Pattern pattern, String expected) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.trim().toUpperCase(Locale.ROOT);
        if (pattern.matcher(value).matches()) {
            return Optional.of(value);
        }
        reject(name, Messages.text("reason.mustBe", expected));
        return Optional.empty();
    }

    public Optional<String> text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (raw.length() > maxLength) {
            reject(name, Messages.text("reason.maxLength", maxLength));
            return Optional.empty();
        }
        return Optional.of(raw.trim());
    }

    public Optional<java.time.LocalDate> date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return inRange(name, java.time.LocalDate.parse(raw.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            reject(name, Messages.text("reason.date"));
            return Optional.empty();
        }
    }

    /** The value when it lies in the years the API accepts (PostgreSQL and date arithmetic fail far outside). */
    private <T extends java.time.temporal.TemporalAccessor> Optional<T> inRange(String name, T value) {
        if (JsonInput.inRange(value)) {
            return Optional.of(value);
        }
        reject(name, JsonInput.yearRange());
        return Optional.empty();
    }

    /** A moment (2021-02-12T09:30:00Z) or a date (taken as its start, in UTC). */
    public Optional<java.time.OffsetDateTime> moment(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return inRange(name, java.time.OffsetDateTime.parse(raw.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return inRange(
                        name,
                        java.time.LocalDate.parse(raw.trim()).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
            } catch (java.time.format.DateTimeParseException again) {
                reject(name, Messages.text("reason.moment"));
                return Optional.empty();
            }
        }
    }

    /** A value from a fixed set of strings. */
    public Optional<String> among(String name, String raw, java.util.Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (allowed.contains(raw.trim())) {
            return Optional.of(raw.trim());
        }
        reject(
                name,
                Messages.text(
                        "reason.oneOfValues",
                        String.join(", ", allowed.stream().sorted().toList())));
        return Optional.empty();
    }

    public Optional<Boolean> bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return switch (raw.trim()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                reject(name, Messages.text("reason.boolean"));
                yield Optional.empty();
            }
        };
    }

    public void reject(String name, String reason) {
        invalid.add(new Problem.InvalidParam(name, reason));
    }

    /** Ends the request with a 400 problem when any parameter was rejected. */
    public void throwIfInvalid() {
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid);
        }
    }
}
