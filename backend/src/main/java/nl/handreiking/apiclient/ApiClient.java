package nl.handreiking.apiclient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.handreiking.identity.Scope;

/** Another government system that calls the API with OAuth2 client credentials. */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    public String name;

    @Column(name = "secret_hash")
    public String secretHash;
    /** Space-separated, as in an OAuth2 scope parameter. */
    public String scopes;

    @Column(name = "organisation_code")
    public String organisationCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public static Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    Set<Scope> scopeSet() {
        return Arrays.stream(scopes.split(" "))
                .map(Scope::of)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }
}
