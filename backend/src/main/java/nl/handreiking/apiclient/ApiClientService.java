package nl.handreiking.apiclient;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Passwords;
import nl.handreiking.identity.Scope;
import nl.handreiking.identity.Secrets;
import nl.handreiking.user.Memberships;

/** API clients for other government systems: created with a secret shown once, and revoked. */
@ApplicationScoped
@Transactional
class ApiClientService {

    private final AuditLog audit;
    private final Memberships memberships;

    ApiClientService(AuditLog audit, Memberships memberships) {
        this.audit = audit;
        this.memberships = memberships;
    }

    /** A new client with its secret, which is stored only as a hash. */
    record Created(ApiClient client, String secret) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ApiClient> list(PageRequest.Bounds bounds) {
        var query = ApiClient.<ApiClient>find("order by createdAt desc, clientId");
        return Page.of(query.range(bounds.offset(), bounds.lastIndex()).list(), bounds, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<ApiClient> find(UUID id) {
        return ApiClient.findByIdOptional(id);
    }

    Created create(ApiClientRequest request, Caller actor) {
        QueryParams check = new QueryParams();
        TreeSet<String> scopes = new TreeSet<>();
        for (String name : request.scopes()) {
            Scope.of(name)
                    .ifPresentOrElse(
                            scope -> scopes.add(scope.apiValue()),
                            () -> check.reject("scopes", Messages.text("reason.notAScope", name)));
        }
        memberships.checkOptional(check, request.organisationCode(), request.regionCode());
        check.throwIfInvalid();
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.clientId =
                "hr-" + Secrets.random(9).toLowerCase().replace('_', 'x').replace('-', 'y');
        client.name = request.name().trim();
        client.scopes = String.join(" ", scopes);
        client.organisationCode = blankToNull(request.organisationCode());
        client.regionCode = blankToNull(request.regionCode());
        client.createdAt = OffsetDateTime.now();
        String secret = Secrets.random(32);
        client.secretHash = Passwords.hash(secret);
        client.persist();
        audit.record(
                actor,
                "created",
                "api-client",
                client.id.toString(),
                "API-client " + client.clientId + " (" + client.name + ") aangemaakt met " + client.scopes);
        Log.infof("API client %s created", client.clientId);
        return new Created(client, secret);
    }

    /** Revokes the client; its tokens are refused from the next call. Revoking twice changes nothing. */
    Optional<ApiClient> revoke(UUID id, Caller actor) {
        return ApiClient.<ApiClient>findByIdOptional(id).map(client -> {
            if (client.revokedAt == null) {
                client.revokedAt = OffsetDateTime.now();
                audit.record(
                        actor,
                        "revoked",
                        "api-client",
                        client.id.toString(),
                        "API-client " + client.clientId + " ingetrokken");
                Log.infof("API client %s revoked", client.clientId);
            }
            return client;
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
