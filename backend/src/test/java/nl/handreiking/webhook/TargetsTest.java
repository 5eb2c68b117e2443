package nl.handreiking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may reach, and that a name resolving inside the network is refused (no DNS needed). */
class TargetsTest {

    @ParameterizedTest(name = "{0} public: {1}")
    @CsvSource({
        "127.0.0.1, false",
        "127.8.9.10, false",
        "10.1.2.3, false",
        "172.16.0.1, false",
        "172.31.255.255, false",
        "192.168.1.1, false",
        "169.254.169.254, false",
        "100.64.0.1, false",
        "100.127.255.254, false",
        "0.0.0.0, false",
        "224.0.0.1, false",
        "255.255.255.255, false",
        "::1, false",
        "::, false",
        "fc00::1, false",
        "fd12:3456::1, false",
        "fe80::1, false",
        "ff02::1, false",
        "::ffff:10.0.0.1, false",
        "::ffff:169.254.169.254, false",
        "93.184.215.14, true",
        "100.128.0.1, true",
        "172.32.0.1, true",
        "2a00:1450:4001:80b::200e, true"
    })
    void onlyPublicAddressesAreReachable(String address, boolean reachable) throws UnknownHostException {
        assertThat(Targets.isPublic(InetAddress.getByName(address))).isEqualTo(reachable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.7", "127.0.0.1", "169.254.169.254"})
    void aNameThatResolvesInsideTheNetworkIsRefused(String inside) {
        Targets targets = new Targets(false, host ->
                new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName(inside)});
        assertThatThrownBy(() -> targets.check("https://rebinding.example/hook"))
                .isInstanceOf(Targets.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089/hook", "http://localhost:8089/hook", "https://[::1]/hook"})
    void thisMachineOnlyInDevelopment(String url) throws Exception {
        assertThatThrownBy(() -> new Targets(false).check(url)).isInstanceOf(Targets.Refused.class);
        assertThat(new Targets(true).check(url).uri().toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/hook", "https://169.254.169.254/", "https://192.168.0.10/hook"})
    void theNetworkIsRefusedInDevelopmentToo(String url) {
        assertThatThrownBy(() -> new Targets(true).check(url)).isInstanceOf(Targets.Refused.class);
    }
}
