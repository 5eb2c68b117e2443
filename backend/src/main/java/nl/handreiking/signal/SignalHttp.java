package nl.handreiking.signal;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.Messages;

/** HTTP details the signal resources share: ids in paths, one 404 for "missing or not yours", ETags. */
final class SignalHttp {

    private SignalHttp() {
    }

    static UUID id(String raw, String name) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, Messages.text("reason.invalidId"));
        }
    }

    /** The same answer for a signal that does not exist and one of another region: nothing leaks. */
    static ProblemException notFound() {
        return ProblemException.notFound(Messages.text("detail.noSignal"));
    }

    static Response ok(SignalView view, Signal signal) {
        return Response.ok(view).tag(new EntityTag(String.valueOf(signal.version))).build();
    }
}
