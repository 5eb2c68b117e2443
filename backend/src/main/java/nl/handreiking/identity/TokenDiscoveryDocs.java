package nl.handreiking.identity;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Names the discovery document of our tokens in the description of the tag oauth (the token endpoint's): {@link WellKnown} serves it
 * outside {@code /api/v1}, where the standards put it, so it is no path of this API. (Not as an OpenID Connect
 * security scheme: Swagger UI would fetch it from the production address, and no operation asks for it.)
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TokenDiscoveryDocs implements OASFilter {

    static final String TEXT = "Tokens controleren zonder ons aan te roepen: " + WellKnown.DISCOVERY
            + " noemt de uitgever (iss), het tokenendpoint (/api/v1/oauth/token, client credentials) en de JWKS ("
            + WellKnown.JWKS + "): de publieke sleutels die nog tokens controleren, elk met zijn kid (use sig, alg"
            + " RS256). Een nieuwe sleutel staat er een uur voordat hij tekent; beide documenten mogen 5 minuten"
            + " bewaard worden (Cache-Control: public, max-age=300).";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        openAPI.getTags().stream()
                .filter(tag -> "oauth".equals(tag.getName()))
                .forEach(tag -> tag.setDescription(tag.getDescription() + " " + TEXT));
    }
}
