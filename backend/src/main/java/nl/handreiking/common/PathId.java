package nl.handreiking.common;

import java.util.UUID;

/** Reads an opaque id in a path: a malformed one is a 400 problem that names the parameter. */
public final class PathId {

    private PathId() {}

    /** The {@code id} path parameter. */
    public static UUID parse(String raw) {
        return parse(raw, "id");
    }

    public static UUID parse(String raw, String name) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, Messages.text("reason.invalidId"));
        }
    }
}
