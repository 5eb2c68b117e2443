package nl.handreiking.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Who makes a request: a person with one role, or another government system with scopes. Services
 * receive it to decide what the caller may see and to record who changed what.
 */
public record Caller(
        Kind kind,
        String id,
        String name,
        Optional<Role> role,
        Set<Scope> scopes,
        Optional<String> organisationCode,
        Optional<String> regionCode) {

    /** A person or another government system. */
    public enum Kind {
        USER,
        CLIENT
    }

    public boolean is(Role wanted) {
        return role.filter(wanted::equals).isPresent();
    }

    /** How histories and the audit log name the kind of actor: user or client. */
    public String actorType() {
        return kind == Kind.USER ? "user" : "client";
    }

    public boolean has(Scope wanted) {
        return scopes.contains(wanted);
    }
}
