package nl.handreiking.common;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which body types each API path takes, read once from the resources' @Consumes, so that a 415 can name
 * them: the REST layer refuses a wrong Content-Type before any method is chosen, and says nothing of what would do.
 */
final class ConsumedTypes {

    private record Route(Pattern path, List<String> types) {}

    private static volatile List<Route> routes;

    private ConsumedTypes() {}

    /** The types the methods on this path (relative to the API root) take; application/json when none says. */
    static String forPath(String path) {
        String types = routes().stream()
                .filter(route -> route.path().matcher(path).matches())
                .flatMap(route -> route.types().stream())
                .distinct()
                .sorted()
                .collect(Collectors.joining(" of "));
        return types.isEmpty() ? "application/json" : types;
    }

    private static List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    for (Method method : type.getMethods()) {
                        Consumes consumes = method.isAnnotationPresent(Consumes.class)
                                ? method.getAnnotation(Consumes.class)
                                : type.getAnnotation(Consumes.class);
                        if (consumes != null) {
                            Path sub = method.getAnnotation(Path.class);
                            found.add(new Route(
                                    template(root.value() + (sub == null ? "" : "/" + sub.value())),
                                    Arrays.asList(consumes.value())));
                        }
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    /** "/signals/{id}/attachments" as a pattern that matches its paths. */
    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
        return Pattern.compile(Arrays.stream(normalised.split("\\{[^}]*}", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[^/]+")));
    }
}
