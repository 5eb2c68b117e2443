package nl.handreiking.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/**
 * ETags and If-Match for every versioned resource: each version is sent with its ETag, and every change must
 * name it, so that two people never silently overwrite each other.
 */
public final class Preconditions {

    private Preconditions() {}

    /** The ETag of a version, which the next change sends back in If-Match. */
    public static EntityTag etag(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** Passes when {@code ifMatch} names the current version; a 428 without it, a 412 with an older one. */
    public static void check(String ifMatch, int version) {
        String etag = "\"" + version + "\"";
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(Messages.text("detail.ifMatchMissing"));
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        if (!matches) {
            throw ProblemException.preconditionFailed(Messages.text("detail.changedMeanwhile", version), etag);
        }
    }
}
