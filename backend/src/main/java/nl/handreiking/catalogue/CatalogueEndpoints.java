package nl.handreiking.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.handreiking.common.PathId;
import nl.handreiking.identity.CurrentCaller;

/** What the catalogue endpoints do for a kind: the caller's view of the catalogue, translated to HTTP. */
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

    <V> SearchPage<V> list(Kind kind, SearchParams params, CatalogueView<V> view) {
        return search.search(kind, params.read(caller.find()), caller.find())
                .map(hit -> view.of(hit.item(), null, hit.snippet()));
    }

    Response csv(Kind kind, SearchParams params) {
        return Response.ok(CatalogueCsv.write(all(kind, params)))
                .header("Content-Disposition", "attachment; filename=\"" + kind.collection() + ".csv\"")
                .build();
    }

    List<CatalogueItem> all(Kind kind, SearchParams params) {
        return search.all(kind, params.read(caller.find()), caller.find(), EXPORT_LIMIT);
    }

    <V> Response get(Kind kind, String id, CatalogueView<V> view) {
        var detailed =
                service.find(kind, PathId.parse(id), caller.find()).orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(show(view, detailed), detailed.item());
    }

    /** One item the caller may see, without its links (for exports of a single item). */
    CatalogueItem item(Kind kind, String id) {
        return service.find(kind, PathId.parse(id), caller.find())
                .orElseThrow(() -> CatalogueHttp.notFound(kind))
                .item();
    }

    List<HistoryEntryView> history(Kind kind, String id) {
        return service.history(kind, PathId.parse(id), caller.find()).orElseThrow(() -> CatalogueHttp.notFound(kind));
    }

    <V> Response create(Kind kind, ItemFields fields, CatalogueView<V> view) {
        var detailed = service.create(kind, fields, caller.get());
        return CatalogueHttp.created(show(view, detailed), detailed.item());
    }

    <V> Response update(Kind kind, String id, String ifMatch, ItemFields fields, CatalogueView<V> view) {
        var detailed = service.update(kind, PathId.parse(id), ifMatch, fields, caller.get())
                .orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(show(view, detailed), detailed.item());
    }

    <V> Response changeStatus(Kind kind, String id, String ifMatch, StatusChange change, CatalogueView<V> view) {
        var detailed = service.changeStatus(kind, PathId.parse(id), ifMatch, change.value(), caller.get())
                .orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(show(view, detailed), detailed.item());
    }

    <V> Response link(Kind kind, String id, String ifMatch, String linkedId, boolean add, CatalogueView<V> view) {
        var detailed = service.link(
                        kind, PathId.parse(id), ifMatch, PathId.parse(linkedId, "linkedId"), add, caller.get())
                .orElseThrow(() -> CatalogueHttp.notFound(kind));
        return CatalogueHttp.ok(show(view, detailed), detailed.item());
    }

    private static <V> V show(CatalogueView<V> view, CatalogueService.Detailed detailed) {
        return view.of(detailed.item(), detailed.links(), null);
    }
}
