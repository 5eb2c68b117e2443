package nl.handreiking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak realm that docker-compose.yml imports (deploy/compose/keycloak) fits this application: its
 * roles are ours, its tokens are for our audience and carry the claims the Keycloak settings name, and
 * each demo person has what the role needs. No Keycloak runs here; the realm file and settings are read.
 */
class KeycloakRealmTest {

    static final Path COMPOSE = Path.of("..", "deploy", "compose");
    static final JsonNode REALM = read(COMPOSE.resolve("keycloak/handreiking-realm.json"));
    static final Map<String, String> SETTINGS = settings(COMPOSE.resolve("auth-keycloak.env"));

    @Test
    void realmRolesAreTheApplicationsRolesAndScopes() {
        Set<String> ours = Stream.concat(Arrays.stream(Role.values()), Arrays.stream(Scope.values()))
                .map(value -> value.apiValue())
                .collect(Collectors.toSet());
        assertThat(names(REALM.path("roles").path("realm"), "name")).containsExactlyInAnyOrderElementsOf(ours);
        assertThat(SETTINGS).containsEntry("SMALLRYE_JWT_PATH_GROUPS", "realm_access/roles");
    }

    @Test
    void everyClientsTokensAreForTheApplicationsAudience() {
        String audience = SETTINGS.get("MP_JWT_VERIFY_AUDIENCES");
        for (JsonNode client : REALM.path("clients")) {
            assertThat(mappers(client, "oidc-audience-mapper"))
                    .as(client.path("clientId").asText())
                    .anySatisfy(config -> assertThat(
                                    config.path("included.custom.audience").asText())
                            .isEqualTo(audience));
        }
    }

    @Test
    void personsTokensCarryOrganisationAndRegionUnderTheConfiguredClaims() {
        JsonNode spa = clients().get("handreiking-spa");
        List<String> claims = mappers(spa, "oidc-usermodel-attribute-mapper").stream()
                .map(config -> config.path("claim.name").asText())
                .toList();
        assertThat(claims)
                .contains(
                        SETTINGS.get("HANDREIKING_AUTH_EXTERNAL_ORGANISATION_CLAIM"),
                        SETTINGS.get("HANDREIKING_AUTH_EXTERNAL_REGION_CLAIM"));
        assertThat(REALM.path("components").toString()).contains("organisation", "region");
    }

    @Test
    void eachDemoPersonHasOneRoleAndWhatItBelongsTo() {
        for (JsonNode user : REALM.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            List<Role> roles = names(user.path("realmRoles"), null).stream()
                    .map(Role::of)
                    .flatMap(java.util.Optional::stream)
                    .toList();
            assertThat(roles).as(user.path("username").asText()).hasSize(1);
            JsonNode attributes = user.path("attributes");
            if (roles.get(0).belongsToRegion()) {
                assertThat(attributes.path("region").path(0).asText()).matches("GM\\d{4}|PV\\d{2}");
            } else {
                assertThat(attributes.path("organisation").path(0).asText()).isNotBlank();
            }
        }
    }

    @Test
    void theIssuerIsTheOneKeycloakPutsInItsTokens() {
        String compose = text(Path.of("..", "docker-compose.yml"));
        String hostname = compose.lines()
                .map(String::trim)
                .filter(line -> line.startsWith("KC_HOSTNAME:"))
                .map(line -> line.substring("KC_HOSTNAME:".length()).trim())
                .findFirst()
                .orElseThrow();
        String realm = REALM.path("realm").asText();
        assertThat(SETTINGS.get("MP_JWT_VERIFY_ISSUER")).isEqualTo(hostname + "/realms/" + realm);
        assertThat(SETTINGS.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                .endsWith("/realms/" + realm + "/protocol/openid-connect/certs");
    }

    private static Map<String, JsonNode> clients() {
        Map<String, JsonNode> clients = new HashMap<>();
        REALM.path("clients")
                .forEach(client -> clients.put(client.path("clientId").asText(), client));
        return clients;
    }

    private static List<JsonNode> mappers(JsonNode client, String type) {
        List<JsonNode> configs = new ArrayList<>();
        client.path("protocolMappers").forEach(mapper -> {
            if (type.equals(mapper.path("protocolMapper").asText())) {
                configs.add(mapper.path("config"));
            }
        });
        return configs;
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> field == null ? node.asText() : node.path(field).asText())
                .toList();
    }

    private static Map<String, String> settings(Path file) {
        return text(file)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
