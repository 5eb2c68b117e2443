package nl.handreiking.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes text safe to stand in an e-mail header, whatever the input checks let through: a line break in a
 * subject would otherwise start a header of its own (Bcc:, ...). Kept here, at the mail layer, so that no
 * caller can forget it.
 */
final class MailHeaders {

    /** Control characters (CR, LF, TAB, NUL, ...) and the Unicode line and paragraph separators. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    /** One address as a header may carry it: no whitespace, control characters, commas or angle brackets. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s\\p{Cntrl}\\u0085\\u2028\\u2029,;<>\"]+@[^\\s\\p{Cntrl}\\u0085\\u2028\\u2029,;<>\"@]+");

    private MailHeaders() {}

    /** The text on one line: every run of control characters or line breaks becomes one space. */
    static String singleLine(String text) {
        return BREAKS.matcher(text == null ? "" : text).replaceAll(" ").strip();
    }

    /** The address, when it is exactly one address that cannot break out of its header. */
    static Optional<String> address(String recipient) {
        return Optional.ofNullable(recipient).filter(r -> ADDRESS.matcher(r).matches());
    }

    /** A file name that needs no quoting in a header: letters, digits, dot, hyphen and underscore; at most 80. */
    static String fileName(String name) {
        String safe = singleLine(name).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        safe = safe.length() > 80 ? safe.substring(safe.length() - 80) : safe;
        return safe.isEmpty() ? "bijlage" : safe;
    }

    /** A subject as it stands in the header: on one line, and RFC 2047-encoded when it has letters outside ASCII (ë, é). */
    static String subject(String subject) {
        String line = singleLine(subject);
        return line.chars().allMatch(c -> c < 128)
                ? line
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
