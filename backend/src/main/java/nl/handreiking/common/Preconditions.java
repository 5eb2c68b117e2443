package nl.handreiking.common;

import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

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

    /** The ETag of an answer that has no version (a list, a file): a digest of its bytes, strong as they are. */
    public static EntityTag etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Passes when {@code ifMatch} names the current version; a 428 without it, a 412 with an older one. */
    public static void check(String ifMatch, int version) {
        String etag = "\"" + version + "\"";
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(Messages.text("detail.ifMatchMissing"));
        }
        if (!names(ifMatch, etag)) {
            throw ProblemException.preconditionFailed(Messages.text("detail.changedMeanwhile", version), etag);
        }
    }

    /**
     * Whether an If-None-Match header names the current ETag ({@code "3"}, a list, or {@code *}), compared weakly
     * as RFC 9110 13.1.2 asks: then the caller's copy is current and a GET answers 304.
     */
    public static boolean noneMatchNames(String ifNoneMatch, EntityTag current) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && names(ifNoneMatch, "\"" + current.getValue() + "\"");
    }

    /** Whether a list of entity tags names {@code etag} (quoted), ignoring W/; {@code *} names every one. */
    private static boolean names(String header, String etag) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
