package nl.handreiking.user;

import nl.handreiking.common.ProblemException;
import nl.handreiking.common.Messages;

/** The 404 problems of users and API clients: an unknown id. */
final class Ids {

    private Ids() {
    }

    static ProblemException noUser() {
        return ProblemException.notFound(Messages.text("detail.noAccount"));
    }

    static ProblemException noClient() {
        return ProblemException.notFound(Messages.text("detail.noApiClient"));
    }
}
