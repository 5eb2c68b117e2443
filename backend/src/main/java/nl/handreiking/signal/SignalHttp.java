package nl.handreiking.signal;

import jakarta.ws.rs.core.Response;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;

/** HTTP details the signal resources share: one 404 for "missing or not yours", ETags. */
final class SignalHttp {

    private SignalHttp() {
    }

    /** The same answer for a signal that does not exist and one of another region: nothing leaks. */
    static ProblemException notFound() {
        return ProblemException.notFound(Messages.text("detail.noSignal"));
    }

    static Response ok(SignalView view, Signal signal) {
        return Response.ok(view).tag(Preconditions.etag(signal.version)).build();
    }
}
