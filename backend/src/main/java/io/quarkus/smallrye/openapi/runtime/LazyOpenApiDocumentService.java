package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quarkus's OpenAPI document service, prepared at the first request for the document instead of at start-up
 * (docs/decisions/0022). Quarkus reads the 700 kB document through a YAML parser at every start to serve it
 * with the per-request filter {@code nl.handreiking.common.ServedFromFirst}: about half a second of the start
 * and as much again of the JIT compiler's time on two cores, for a document few callers fetch. It lives in
 * Quarkus's package because the method it defers is package-private; {@code @Override} makes a changed
 * signature a compile error at an upgrade. Only in the packaged application: under {@code @QuarkusTest} Quarkus's
 * classes and ours have class loaders of their own, so the package-private method could not be overridden.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable // Quarkus looks it up at run time; nothing injects it
@IfBuildProfile("prod")
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    private final Map<String, Runnable> pending = new HashMap<>();

    @Override
    void prepareDocument(
            AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filters,
            String documentName) {
        synchronized (pending) {
            pending.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filters, documentName));
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        Runnable preparation;
        synchronized (pending) {
            preparation = pending.remove(documentName);
            if (preparation != null) {
                preparation.run(); // under the lock: a second caller waits for the document instead of a 404
            }
        }
        return super.getDocument(documentName, format);
    }
}
