package nl.handreiking.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.handreiking.catalogue.ChangePage;
import nl.handreiking.catalogue.ChangeView;
import nl.handreiking.catalogue.PublicChanges;

/**
 * Turns the catalogue's public change feed (V80) into events, reading on from where the last run stopped. The
 * catalogue knows nothing of webhooks: its trigger records every change, and this reads the feed as an anonymous
 * caller would, so a draft never becomes an event. The position is locked and moved in the transaction that
 * queues the deliveries, so that two instances never queue a change twice.
 */
@ApplicationScoped
class CatalogueEvents {

    private static final int PAGE = 200;
    private static final int PAGES_PER_RUN = 5;

    private final PublicChanges changes;
    private final WebhookEvents events;
    private final EntityManager em;

    CatalogueEvents(PublicChanges changes, WebhookEvents events, EntityManager em) {
        this.changes = changes;
        this.events = events;
        this.em = em;
    }

    void readOn() {
        for (int page = 0; page < PAGES_PER_RUN; page++) {
            if (!QuarkusTransaction.requiringNew().call(this::readPage)) {
                return;
            }
        }
    }

    /** Queues one page of changes; false when there is nothing more to read now. */
    private boolean readPage() {
        @SuppressWarnings("unchecked")
        List<Object> held = em.createNativeQuery(
                        "SELECT coalesce(cursor, '') FROM webhook_feed_position WHERE feed = 'catalogue'"
                                + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (held.isEmpty()) {
            return false; // another instance is reading on
        }
        String cursor = (String) held.get(0);
        if (cursor.isEmpty()) { // the first run starts at the end: changes before webhooks existed are nobody's news
            move(changes.end());
            return false;
        }
        ChangePage page = changes.after(cursor, PAGE);
        page.items()
                .forEach(change -> typeOf(change)
                        .ifPresent(type -> events.emit(
                                type,
                                change.kind() + "/" + change.itemId(),
                                data(change),
                                Optional.empty(),
                                change.occurredAt())));
        move(page.next());
        return page.items().size() == PAGE;
    }

    private void move(String cursor) {
        em.createNativeQuery("UPDATE webhook_feed_position SET cursor = ?1 WHERE feed = 'catalogue'")
                .setParameter(1, cursor)
                .executeUpdate();
    }

    /** Published (new to the public), changed while published, or out of public view (archived or withdrawn). */
    private static Optional<EventType> typeOf(ChangeView change) {
        if (!change.status().equals("published")) {
            return Optional.of(EventType.CATALOGUE_ITEM_ARCHIVED);
        }
        return Optional.of(
                change.action().equals("changed")
                        ? EventType.CATALOGUE_ITEM_CHANGED
                        : EventType.CATALOGUE_ITEM_PUBLISHED);
    }

    /** What the public feed shows of the change; the item itself is read at href, as by anyone. */
    private static Map<String, Object> data(ChangeView change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("itemId", change.itemId().toString());
        data.put("kind", change.kind());
        data.put("action", change.action());
        data.put("status", change.status());
        data.put("occurredAt", change.occurredAt().toString());
        data.put("href", change.href());
        return data;
    }
}
