package dev.colophon.comments.internal.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * One feature's routes, in the order they are tried, with the errors of its own it maps to a status.
 * Features write their table; {@code CommentServer} registers every table in one place, so that the
 * whole API reads as one list (docs/api.md, "Every route").
 */
public final class RouteTable {
    private record Mapping<E extends Exception>(Class<E> type, ExceptionHandler<? super E> handler) {
        void register(RoutesConfig routes) {
            routes.exception(type, handler);
        }
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<Mapping<?>> mappings = new ArrayList<>();

    public RouteTable get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    public RouteTable post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    public RouteTable put(String path, Handler handler) {
        return add(HandlerType.PUT, path, handler);
    }

    public RouteTable delete(String path, Handler handler) {
        return add(HandlerType.DELETE, path, handler);
    }

    /** Runs before every request whose path matches ({@code *} for all). */
    public RouteTable before(String path, Handler handler) {
        return add(HandlerType.BEFORE, path, handler);
    }

    /** Runs after every request whose path matches ({@code *} for all). */
    public RouteTable after(String path, Handler handler) {
        return add(HandlerType.AFTER, path, handler);
    }

    /** Maps an exception of this feature's own to its answer. */
    public <E extends Exception> RouteTable exception(Class<E> type, ExceptionHandler<? super E> handler) {
        mappings.add(new Mapping<>(type, handler));
        return this;
    }

    private RouteTable add(HandlerType method, String path, Handler handler) {
        routes.add(new Route(method, path, handler));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Registers every table's routes, in order, and their error mappings. */
    public static List<Route> register(RoutesConfig config, List<RouteTable> tables) {
        List<Route> all = new ArrayList<>();
        for (RouteTable table : tables) {
            for (Route route : table.routes) {
                config.addHttpHandler(route.method(), route.path(), route.handler());
                all.add(route);
            }
            table.mappings.forEach(m -> m.register(config));
        }
        return List.copyOf(all);
    }
}
