package nl.handreiking.apiclient;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.ClientCallers;
import nl.handreiking.identity.Scope;

/** A client's token counts only while the client is not revoked, and only for the scopes it still has. */
@ApplicationScoped
class ActiveClients implements ClientCallers {

    @Override
    public Optional<Caller> find(String clientId, Set<Scope> granted) {
        return ApiClient.findByClientId(clientId)
                .filter(client -> client.revokedAt == null)
                .map(client -> new Caller(
                        Caller.Kind.CLIENT,
                        client.clientId,
                        client.name,
                        Optional.empty(),
                        granted.stream().filter(client.scopeSet()::contains).collect(Collectors.toSet()),
                        Optional.ofNullable(client.organisationCode),
                        Optional.ofNullable(client.regionCode)));
    }
}
