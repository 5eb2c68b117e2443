package nl.handreiking.common;

import io.quarkus.logging.Log;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnectionHandler;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.http.impl.HttpServerWorker;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import java.lang.reflect.Field;

/**
 * Gives the HTTP servers that Quarkus started our handler for requests that Netty could not decode (a
 * control character inside a header, an overlong request line or header block). Vert.x answers those with
 * an empty 400, 414 or 431 from its default handler, which it reads when a server starts to listen; Quarkus
 * creates and starts its servers itself and offers no hook to set another, so the handler is put in place
 * by reflection on Vert.x 4.5's classes right after the servers started. Should a Vert.x upgrade move those
 * fields, the start-up log says so and {@code RawHttpTest} fails: the requests are then still refused, only
 * with an empty body again.
 */
final class InvalidRequests {

    private InvalidRequests() {}

    /** Installs the handler on every HTTP server of every deployed verticle; returns how many took it. */
    static int install(Vertx vertx, Handler<HttpServerRequest> handler) {
        int installed = 0;
        try {
            VertxInternal internal = (VertxInternal) vertx;
            for (String id : internal.deploymentIDs()) {
                Deployment deployment = internal.getDeployment(id);
                if (deployment == null) {
                    continue;
                }
                for (Verticle verticle : deployment.getVerticles()) {
                    installed += installOnServersOf(verticle, handler);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            Log.warnf("Requests that HTTP cannot decode keep Vert.x' empty answer: %s", e.toString());
        }
        return installed;
    }

    private static int installOnServersOf(Verticle verticle, Handler<HttpServerRequest> handler)
            throws ReflectiveOperationException {
        int installed = 0;
        for (Field field : verticle.getClass().getDeclaredFields()) {
            if (!HttpServer.class.isAssignableFrom(field.getType())) {
                continue;
            }
            field.setAccessible(true);
            if (field.get(verticle) instanceof HttpServerImpl server) {
                server.invalidRequestHandler(handler); // for a later listen
                Object worker = read(TCPServerBase.class, "childHandler", server);
                if (worker instanceof HttpServerWorker) {
                    Object connections = read(HttpServerWorker.class, "connectionHandler", worker);
                    if (connections instanceof HttpServerConnectionHandler) {
                        Field invalid = HttpServerConnectionHandler.class.getDeclaredField("invalidRequestHandler");
                        invalid.setAccessible(true);
                        invalid.set(connections, handler);
                        installed++;
                    }
                }
            }
        }
        return installed;
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
