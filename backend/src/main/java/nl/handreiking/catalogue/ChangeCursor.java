package nl.handreiking.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import nl.handreiking.common.Messages;
import nl.handreiking.common.QueryParams;

/**
 * A place in the change feed: the writing transaction's id and the row's number (see migration V80), opaque to
 * clients as base64url, so that they keep it and send it back rather than build one.
 */
record ChangeCursor(String xid, long seq) {

    static final ChangeCursor START = new ChangeCursor("0", 0);
    private static final Pattern FORM = Pattern.compile("(\\d{1,20}):(\\d{1,19})");

    /** The cursor a client sent as {@code after}; the start of the feed when it sent none. */
    static ChangeCursor read(QueryParams params, String raw) {
        if (raw == null || raw.isBlank()) {
            return START;
        }
        try {
            var parts = FORM.matcher(new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8));
            if (parts.matches()) {
                return new ChangeCursor(parts.group(1), Long.parseLong(parts.group(2)));
            }
        } catch (IllegalArgumentException e) { // not base64, or a number out of range: the same answer
        }
        params.reject("after", Messages.text("reason.mustBe", "een cursor uit een eerder antwoord (next)"));
        return START;
    }

    String encoded() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((xid + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }
}
