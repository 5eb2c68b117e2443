package nl.handreiking.identity;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Names the discovery document of our tokens in the OpenAPI document, as an OpenID Connect security scheme:
 * {@link WellKnown} serves it outside {@code /api/v1}, where the standards put it, so it is no path of this API.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TokenDiscoveryDocs implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(
                        "openIdConnect",
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.OPENIDCONNECT)
                                .openIdConnectUrl("https://handreiking.example.nl" + WellKnown.DISCOVERY)
                                .description("Hoe andere systemen onze tokens controleren zonder ons aan te roepen: "
                                        + WellKnown.DISCOVERY + " noemt de uitgever (iss), het tokenendpoint"
                                        + " (/api/v1/oauth/token, client credentials) en de JWKS (" + WellKnown.JWKS
                                        + "): de publieke sleutels die nog tokens controleren, elk met zijn kid"
                                        + " (use sig, alg RS256). Een nieuwe sleutel staat er een uur voordat hij"
                                        + " tekent; beide documenten mogen 5 minuten bewaard worden"
                                        + " (Cache-Control: public, max-age=300)."));
    }
}
