package nl.handreiking.auth;

import java.util.UUID;
import nl.handreiking.common.ProblemException;

/** Reads the opaque ids in paths; a malformed id is a 400 problem, an unknown one a 404. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("id", "is geen geldige id (UUID)");
        }
    }

    static ProblemException noUser() {
        return ProblemException.notFound("Er is geen account met deze id.");
    }

    static ProblemException noClient() {
        return ProblemException.notFound("Er is geen API-client met deze id.");
    }
}
