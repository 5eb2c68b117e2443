package nl.handreiking.catalogue;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.handreiking.audit.Actor;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;

/**
 * Keeps the catalogue: creates and changes items, moves them through publication, links them, and keeps
 * every version. Changes lock the item's row and check If-Match, so concurrent editors never overwrite
 * each other unseen.
 */
@ApplicationScoped
@Transactional
public class CatalogueService {

    private static final Comparator<CatalogueItem> BY_KIND_AND_TITLE =
            Comparator.comparing((CatalogueItem item) -> item.kind).thenComparing(item -> item.title);

    /** The items linked to ?1, as the columns a link shows. */
    static final String LINKS = "SELECT i.id, i.kind, i.title, i.slug, i.status FROM catalogue_item i"
            + " WHERE i.id IN (SELECT l.linked_id FROM catalogue_link l WHERE l.item_id = ?1)";

    /** What a {@link LinkView} shows of an item. */
    private static final Set<String> SHOWN_AS_LINK = Set.of("title", "slug", "status");

    /**
     * A new version (ETag) for the published items linked to ?1, without a history entry of their own: their
     * public answer changed, so a cached copy must not be confirmed, but nothing of theirs was edited. Drafts
     * are never cached, and an editor holding one is not told it changed when it did not.
     */
    private static final String RAISE_LINKED = "UPDATE catalogue_item SET version = version + 1"
            + " WHERE status = 'published'"
            + " AND id IN (SELECT l.linked_id FROM catalogue_link l WHERE l.item_id = ?1)";

    private final EntityManager em;
    private final AuditLog audit;

    CatalogueService(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** An item with the items linked to it that the caller may see. */
    public record Detailed(CatalogueItem item, List<LinkView> links) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Detailed> find(Kind kind, UUID id, Optional<Caller> caller) {
        return visible(kind, id, caller).map(item -> new Detailed(item, links(item.id, caller)));
    }

    /** The versions of an item; a link to an item the caller may not see is left out, with its title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<HistoryEntryView>> history(Kind kind, UUID id, Optional<Caller> caller) {
        return visible(kind, id, caller)
                .map(item ->
                        CatalogueVersion.<CatalogueVersion>list("itemId = ?1 order by version desc", item.id).stream()
                                .map(version -> HistoryEntryView.from(
                                        version,
                                        change -> !change.field().equals("links") || maySee(change.linked(), caller)))
                                .flatMap(Optional::stream)
                                .toList());
    }

    /** The items among {@code ids} that the caller may see, as links ordered by kind and title; the others are left out entirely. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LinkView> visibleLinks(Collection<UUID> ids, Optional<Caller> caller) {
        List<CatalogueItem> items = ids.isEmpty() ? List.of() : CatalogueItem.list("id in ?1", ids);
        return items.stream()
                .filter(item -> ItemRules.maySee(item, caller))
                .sorted(BY_KIND_AND_TITLE)
                .map(LinkView::from)
                .toList();
    }

    /** The item, if the caller may see it (a draft or archived one only those who may edit the catalogue). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CatalogueItem> visibleItem(UUID id, Optional<Caller> caller) {
        return id == null
                ? Optional.empty()
                : CatalogueItem.<CatalogueItem>findByIdOptional(id).filter(item -> ItemRules.maySee(item, caller));
    }

    /** Whether the caller may see the item with this id; an unknown or missing id: no. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean maySee(UUID id, Optional<Caller> caller) {
        return visibleItem(id, caller).isPresent();
    }

    public Detailed create(Kind kind, ItemFields requested, Caller actor) {
        UUID id = UUID.randomUUID();
        ItemFields fields = ItemRules.check(kind, requested, id);
        OffsetDateTime now = OffsetDateTime.now();
        CatalogueItem item = new CatalogueItem();
        item.id = id;
        item.kind = kind.apiValue();
        item.status = Status.DRAFT.apiValue();
        item.version = 1;
        item.createdAt = now;
        item.updatedAt = now;
        fields.applyTo(item);
        item.persist();
        writeVersion(item, ItemFields.asCreated(item), "created", actor);
        return new Detailed(item, List.of());
    }

    public Optional<Detailed> update(Kind kind, UUID id, String ifMatch, ItemFields requested, Caller actor) {
        return locked(kind, id).map(item -> {
            Preconditions.check(ifMatch, item.version);
            ItemFields fields = ItemRules.check(kind, requested, id);
            Map<String, String> before = ItemFields.snapshot(item);
            fields.applyTo(item);
            changed(item, before, "updated", actor);
            return new Detailed(item, links(item.id, Optional.of(actor)));
        });
    }

    public Optional<Detailed> changeStatus(Kind kind, UUID id, String ifMatch, Status to, Caller actor) {
        return locked(kind, id).map(item -> {
            Preconditions.check(ifMatch, item.version);
            Status from = item.statusValue();
            if (!from.next().contains(to)) {
                throw new ProblemException(
                        409,
                        Messages.text("title.statusChangeNotAllowed"),
                        Messages.text(
                                "detail.statusOnlyTo",
                                from.apiValue(),
                                String.join(
                                        Messages.text("word.or"),
                                        from.next().stream()
                                                .map(Status::apiValue)
                                                .sorted()
                                                .toList())),
                        null);
            }
            Map<String, String> before = ItemFields.snapshot(item);
            item.status = to.apiValue();
            changed(item, before, to.apiValue(), actor);
            return new Detailed(item, links(item.id, Optional.of(actor)));
        });
    }

    public Optional<Detailed> link(Kind kind, UUID id, String ifMatch, UUID linkedId, boolean add, Caller actor) {
        return locked(kind, id).map(item -> {
            Preconditions.check(ifMatch, item.version);
            CatalogueItem other = CatalogueItem.<CatalogueItem>findByIdOptional(
                            linkedId, LockModeType.PESSIMISTIC_WRITE)
                    .filter(o -> !o.id.equals(item.id))
                    .orElseThrow(() -> ProblemException.badRequest("linkedId", Messages.text("reason.notAnotherItem")));
            int rows = add
                    ? em.createNativeQuery(
                                    "INSERT INTO catalogue_link VALUES (?1, ?2), (?2, ?1) ON CONFLICT DO NOTHING")
                            .setParameter(1, item.id)
                            .setParameter(2, other.id)
                            .executeUpdate()
                    : em.createNativeQuery(
                                    "DELETE FROM catalogue_link WHERE (item_id, linked_id) IN ((?1, ?2), (?2, ?1))")
                            .setParameter(1, item.id)
                            .setParameter(2, other.id)
                            .executeUpdate();
            if (rows > 0) {
                String action = add ? "linked" : "unlinked";
                bump(
                        item,
                        List.of(new FieldChange("links", add ? null : other.title, add ? other.title : null, other.id)),
                        action,
                        actor);
                bump(
                        other,
                        List.of(new FieldChange("links", add ? null : item.title, add ? item.title : null, item.id)),
                        action,
                        actor);
            }
            return new Detailed(item, links(item.id, Optional.of(actor)));
        });
    }

    /**
     * Items linked to this one, published ones only for callers who may not edit; read as the few columns a
     * link shows, not as whole items.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LinkView> links(UUID id, Optional<Caller> caller) {
        List<Object[]> rows = em.createNativeQuery(
                        LINKS + (ItemRules.canEdit(caller) ? "" : " AND i.status = 'published'"), Object[].class)
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(r -> LinkView.of((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .sorted(Comparator.comparing(LinkView::kind).thenComparing(LinkView::title))
                .toList();
    }

    private Optional<CatalogueItem> visible(Kind kind, UUID id, Optional<Caller> caller) {
        return CatalogueItem.<CatalogueItem>findByIdOptional(id)
                .filter(item -> item.kindValue() == kind)
                .filter(item -> ItemRules.maySee(item, caller));
    }

    private Optional<CatalogueItem> locked(Kind kind, UUID id) {
        return CatalogueItem.<CatalogueItem>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(item -> item.kindValue() == kind);
    }

    private void changed(CatalogueItem item, Map<String, String> before, String action, Caller actor) {
        Map<String, String> after = ItemFields.snapshot(item);
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(FieldChange.of(field, before.get(field), value));
            }
        });
        bump(item, changes, action, actor);
        if (changes.stream().anyMatch(change -> SHOWN_AS_LINK.contains(change.field()))) {
            // linked items show this one's title, slug and status: their ETag must name that change too
            em.createNativeQuery(RAISE_LINKED).setParameter(1, item.id).executeUpdate();
        }
    }

    private void bump(CatalogueItem item, List<FieldChange> changes, String action, Caller actor) {
        item.version++;
        item.updatedAt = OffsetDateTime.now();
        writeVersion(item, changes, action, actor);
    }

    private void writeVersion(CatalogueItem item, List<FieldChange> changes, String action, Caller actor) {
        CatalogueVersion version = new CatalogueVersion();
        version.itemId = item.id;
        version.version = item.version;
        version.stamp(Actor.of(actor), item.updatedAt, action);
        version.changes = changes;
        version.persist();
        audit.record(actor, action, item.kind, item.id.toString(), item.title + " (versie " + item.version + ")");
        Log.infof("Catalogue item %s %s, version %d", item.id, action, item.version);
    }
}
