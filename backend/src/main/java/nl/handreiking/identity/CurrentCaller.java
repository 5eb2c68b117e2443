package nl.handreiking.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;

/** The caller of the current request, for resources that hand it to their service. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller, if signed in; anonymous visitors have none. */
    public Optional<Caller> find() {
        return Callers.of(identity);
    }

    /** The caller of an endpoint that requires signing in. */
    public Caller get() {
        return find().orElseThrow(() -> ProblemException.unauthorized(Messages.text("detail.signInToDoThis")));
    }
}
