package nl.handreiking.auth;

import java.util.UUID;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.Messages;

/** Reads the opaque ids in paths; a malformed id is a 400 problem, an unknown one a 404. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("id", Messages.text("reason.invalidId"));
        }
    }

    static ProblemException noUser() {
        return ProblemException.notFound(Messages.text("detail.noAccount"));
    }

    static ProblemException noClient() {
        return ProblemException.notFound(Messages.text("detail.noApiClient"));
    }
}
