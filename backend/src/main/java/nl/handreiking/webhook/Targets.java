package nl.handreiking.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import nl.handreiking.common.Messages;

/**
 * Where a webhook may go: https to a public address, so that no subscription can make us call inside the network
 * (server-side request forgery). Checked at registration and again before every attempt, because a name may
 * resolve elsewhere later (DNS rebinding). Only in development may a target be on this machine, by http too.
 */
final class Targets {

    /** A target that passed: the URL and the addresses its host has now, all public (or local in development). */
    record Checked(URI uri, List<InetAddress> addresses) {}

    /** Why a URL is refused; the message names the reason for the problem's {@code url} field. */
    static final class Refused extends Exception {
        Refused(String key, Object... args) {
            super(Messages.text(key, args), null, false, false);
        }
    }

    /** What resolves a host name; tests hand in their own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLocalhost;
    private final Resolver resolver;

    Targets(boolean allowLocalhost, Resolver resolver) {
        this.allowLocalhost = allowLocalhost;
        this.resolver = resolver;
    }

    Targets(boolean allowLocalhost) {
        this(allowLocalhost, InetAddress::getAllByName);
    }

    Checked check(String url) throws Refused {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = List.of(resolver.resolve(bare));
        } catch (UnknownHostException e) {
            throw new Refused("reason.webhookUnknownHost", bare);
        }
        boolean local = !addresses.isEmpty() && addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        if (local && allowLocalhost) {
            return new Checked(uri, addresses);
        }
        if (!uri.getScheme().equals("https")) {
            throw new Refused("reason.webhookHttps");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new Refused("reason.webhookInternal", address.getHostAddress());
            }
        }
        return new Checked(uri, addresses);
    }

    private static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("reason.webhookHttps");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Refused("reason.webhookHttps");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("reason.webhookUserInfo");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("reason.webhookUserInfo");
        }
        return uri.normalize();
    }

    /**
     * Whether an address is on the public internet: not loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
     * link-local (169.254/16, fe80::/10), multicast, unspecified, carrier-grade NAT (100.64/10) or reserved.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && (second & 0xc0) == 64) // carrier-grade NAT 100.64/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second & 0xfe) == 18) // benchmarking 198.18/15
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
                return false;
            }
            if (isMappedOrCompatible(b)) { // ::ffff:10.0.0.1 and friends reach the IPv4 address
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isMappedOrCompatible(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
    }
}
