package nl.handreiking.common;

import java.util.Optional;

/**
 * What text the API takes: no control characters anywhere (PostgreSQL refuses NUL, and the others forge
 * log lines, mail headers or terminal output), and in single-line values no line breaks either.
 */
public final class Text {

    private Text() {}

    /** The first character that a multi-line text may not hold (tab, LF and CR are allowed), as U+XXXX. */
    public static Optional<String> forbiddenInText(String value) {
        return first(value, false);
    }

    /** The first character that a single-line value may not hold, as U+XXXX. */
    public static Optional<String> forbiddenInLine(String value) {
        return first(value, true);
    }

    /** Throws a 400 problem naming {@code name} when the value holds any control character. */
    public static void requireLine(String name, String value) {
        if (value != null && forbiddenInLine(value).isPresent()) {
            throw ProblemException.badRequest(
                    name, Messages.text("reason.control", forbiddenInLine(value).get()));
        }
    }

    private static Optional<String> first(String value, boolean singleLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
            if (lineBreak ? singleLine : isControl(c)) {
                return Optional.of(String.format("U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /** C0 and C1 control characters and DEL. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** The value with every control and line-break character written as \\uXXXX, for logs. */
    public static String escape(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(value.length() + 16).append(value, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }
}
