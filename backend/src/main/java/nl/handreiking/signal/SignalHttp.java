package nl.handreiking.signal;

import jakarta.ws.rs.core.Response;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;

/** HTTP details the signal resources share: one 404 for "missing or not yours", ETags. */
public final class SignalHttp {

    /** Who sees which signals, as the list and a single signal describe it. */
    public static final String WHO =
            "Gemeenten en provincies zien hun eigen signalen, het ondersteuningsteam alle, systemen met "
                    + "signals:write die van hun regio of die ze zelf indienden.";

    private SignalHttp() {}

    /** The same answer for a signal that does not exist and one of another region: nothing leaks. */
    public static ProblemException notFound() {
        return ProblemException.notFound(Messages.text("detail.noSignal"));
    }

    /** The signal with its version as ETag. */
    public static Response ok(SignalService.Shown shown) {
        return Response.ok(shown.view())
                .tag(Preconditions.etag(shown.version()))
                .build();
    }
}
