package nl.handreiking.common;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Honours {@code q=0} in Accept ("not this type", RFC 9110 12.5.1), which the REST layer passes over: when
 * every type a method produces is refused that way, the request ends with 406 before the method runs.
 */
public class Negotiation {

    @ServerRequestFilter
    public void refuseWhatIsNotAccepted(ContainerRequestContext request, ResourceInfo resource) {
        String accept = request.getHeaderString("Accept");
        if (accept == null || resource.getResourceMethod() == null) {
            return;
        }
        List<MediaType> ranges = parse(accept);
        boolean acceptable =
                produced(resource).stream().anyMatch(type -> type.isWildcardType() || quality(type, ranges) > 0);
        if (!ranges.isEmpty() && !acceptable) {
            throw new NotAcceptableException();
        }
    }

    private static List<MediaType> produced(ResourceInfo resource) {
        Produces produces = Optional.ofNullable(resource.getResourceMethod().getAnnotation(Produces.class))
                .orElse(resource.getResourceClass().getAnnotation(Produces.class));
        return produces == null
                ? List.of(MediaType.WILDCARD_TYPE)
                : Arrays.stream(produces.value())
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::trim)
                        .map(MediaType::valueOf)
                        .toList();
    }

    /** The quality of the most specific range that matches the type; 0 when none does. */
    private static double quality(MediaType type, List<MediaType> ranges) {
        MediaType best = null;
        for (MediaType range : ranges) {
            if (range.isCompatible(type) && (best == null || specificity(range) > specificity(best))) {
                best = range;
            }
        }
        return best == null ? 0 : q(best);
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }

    private static double q(MediaType range) {
        try {
            return Double.parseDouble(range.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The media ranges of an Accept header; none when it does not parse (the REST layer judges that one). */
    private static List<MediaType> parse(String accept) {
        try {
            return Arrays.stream(accept.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(MediaType::valueOf)
                    .toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
