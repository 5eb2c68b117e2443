package nl.handreiking.webhook;

import static nl.handreiking.common.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside development (the setting off, as in production) a webhook can reach neither this machine nor the network. */
@QuarkusTest
@TestProfile(WebhookTargetsOutsideDevelopmentTest.Production.class)
class WebhookTargetsOutsideDevelopmentTest {

    /** The test profile with the development setting off. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("handreiking.webhooks.allow-localhost", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "https://127.0.0.1/hook",
                "http://localhost:9000/hook",
                "https://[::1]/hook",
                "https://10.0.0.8/hook",
                "https://169.254.169.254/latest/meta-data"
            })
    void aWebhookToThisMachineOrTheNetworkIsRefused(String url) {
        var client = WebhookDeliveryTest.Client.with("webhooks");
        assertProblem(WebhookDeliveryTest.invalid(client, url, List.of("quota.imported")), 400)
                .body("invalidParams.name", equalTo(List.of("url")));
        client.as().when().get("/api/v1/webhooks").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
