package nl.handreiking.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.handreiking.auth.CurrentCaller;

/**
 * What the task, measure and funding resources do, once: each resource method is a line that names its
 * kind and how its view is made.
 */
@RequestScoped
public class CatalogueEndpoints {

    /** Exports stop here; a filtered list of the catalogue is far smaller. */
    static final int EXPORT_LIMIT = 10_000;

    private final CatalogueService service;
    private final CatalogueSearch search;
    private final CurrentCaller caller;

    CatalogueEndpoints(CatalogueService service, CatalogueSearch search, CurrentCaller caller) {
        this.service = service;
        this.search = search;
        this.caller = caller;
    }

    public <V> SearchPage<V> list(Kind kind, SearchParams params, BiFunction<CatalogueItem, String, V> view) {
        return search.search(kind, params.read(caller.find()), caller.find()).map(hit -> view.apply(hit.item(), hit.snippet()));
    }

    public Response csv(Kind kind, SearchParams params) {
        List<CatalogueItem> items = search.all(kind, params.read(caller.find()), caller.find(), EXPORT_LIMIT);
        return Response.ok(CatalogueCsv.write(items))
                .header("Content-Disposition", "attachment; filename=\"" + kind.collection() + ".csv\"").build();
    }

    public List<CatalogueItem> all(Kind kind, SearchParams params) {
        return search.all(kind, params.read(caller.find()), caller.find(), EXPORT_LIMIT);
    }

    public <V> Response get(Kind kind, String id, Function<CatalogueService.Detailed, V> view) {
        var detailed = service.find(kind, CatalogueHttp.id(id, "id"), caller.find()).orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(view.apply(detailed), detailed.item());
    }

    /** One item the caller may see, without its links (for exports of a single item). */
    public CatalogueItem item(Kind kind, String id) {
        return service.find(kind, CatalogueHttp.id(id, "id"), caller.find()).orElseThrow(() -> CatalogueHttp.notFound(kind)).item();
    }

    public List<HistoryEntryView> history(Kind kind, String id) {
        return service.history(kind, CatalogueHttp.id(id, "id"), caller.find()).orElseThrow(() -> CatalogueHttp.notFound(kind));
    }

    public <V> Response create(Kind kind, ItemFields fields, Function<CatalogueService.Detailed, V> view) {
        var detailed = service.create(kind, fields, caller.get());
        return CatalogueHttp.created(view.apply(detailed), detailed.item());
    }

    public <V> Response update(Kind kind, String id, String ifMatch, ItemFields fields, Function<CatalogueService.Detailed, V> view) {
        var detailed = service.update(kind, CatalogueHttp.id(id, "id"), ifMatch, fields, caller.get()).orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(view.apply(detailed), detailed.item());
    }

    public <V> Response changeStatus(Kind kind, String id, String ifMatch, StatusChange change, Function<CatalogueService.Detailed, V> view) {
        var detailed = service.changeStatus(kind, CatalogueHttp.id(id, "id"), ifMatch, change.value(), caller.get())
                .orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(view.apply(detailed), detailed.item());
    }

    public <V> Response link(Kind kind, String id, String ifMatch, String linkedId, boolean add, Function<CatalogueService.Detailed, V> view) {
        var detailed = service.link(kind, CatalogueHttp.id(id, "id"), ifMatch, CatalogueHttp.id(linkedId, "linkedId"), add, caller.get())
                .orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(view.apply(detailed), detailed.item());
    }
}
