package nl.handreiking.common;

import java.util.Arrays;

/** If-Match on every change of a versioned resource: two people never silently overwrite each other. */
public final class Preconditions {

    private Preconditions() {
    }

    /** Passes when {@code ifMatch} names the current version; a 428 without it, a 412 with an older one. */
    public static void check(String ifMatch, int version) {
        String etag = "\"" + version + "\"";
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(Messages.text("detail.ifMatchMissing"));
        }
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        if (!matches) {
            throw ProblemException.preconditionFailed(Messages.text("detail.changedMeanwhile", version), etag);
        }
    }
}
