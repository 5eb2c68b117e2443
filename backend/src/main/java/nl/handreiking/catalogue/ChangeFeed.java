package nl.handreiking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.identity.Caller;

/**
 * Reads the catalogue's change feed (migration V80) in a stable order: only changes of transactions that have
 * all ended, so a cursor never passes a change committed later. Callers who may not edit the catalogue see the
 * changes of published items and their withdrawal, never a draft.
 */
@ApplicationScoped
class ChangeFeed {

    static final int MAX_PAGE = 200;

    private static final String READ = "SELECT CAST(c.xid AS text), c.seq, c.item_id, c.kind, c.action, c.status,"
            + " c.occurred_at, i.status AS now"
            + " FROM catalogue_change c JOIN catalogue_item i ON i.id = c.item_id"
            + " WHERE (c.xid, c.seq) > (CAST(?1 AS xid8), ?2)"
            + " AND c.xid < pg_snapshot_xmin(pg_current_snapshot())"
            + " %s ORDER BY c.xid, c.seq LIMIT ?3";
    private static final String PUBLIC = "AND (c.status = 'published' OR c.was_public)";
    private static final String PUBLIC_PERIODS = "SELECT kind, min(occurred_at), max(occurred_at) FROM catalogue_change"
            + " WHERE status = 'published' OR was_public GROUP BY kind";

    private final EntityManager em;

    ChangeFeed(EntityManager em) {
        this.em = em;
    }

    @Transactional
    ChangePage after(ChangeCursor cursor, int limit, Optional<Caller> caller) {
        boolean editor = ItemRules.canEdit(caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(READ.formatted(editor ? "" : PUBLIC))
                .setParameter(1, cursor.xid())
                .setParameter(2, cursor.seq())
                .setParameter(3, limit)
                .getResultList();
        List<ChangeView> changes = rows.stream().map(row -> view(row, editor)).toList();
        String next = changes.isEmpty()
                ? cursor.encoded()
                : changes.get(changes.size() - 1).cursor();
        return new ChangePage(changes, next);
    }

    /**
     * Per kind, the first and the latest change the public could see (a publication, a change of a published
     * item, a withdrawal): when the published data of that kind began and when it last changed. A kind that
     * never had a published item is missing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<Kind, PublicPeriod> publicPeriods() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PUBLIC_PERIODS).getResultList();
        Map<Kind, PublicPeriod> periods = new EnumMap<>(Kind.class);
        rows.forEach(row -> periods.put(Kind.of((String) row[0]), new PublicPeriod(moment(row[1]), moment(row[2]))));
        return periods;
    }

    /** When the published items of a kind were first and last changed. */
    record PublicPeriod(OffsetDateTime first, OffsetDateTime latest) {}

    private static ChangeView view(Object[] row, boolean editor) {
        UUID id = (UUID) row[2];
        Kind kind = Kind.of((String) row[3]);
        boolean visibleNow = editor || "published".equals(row[7]);
        return new ChangeView(
                new ChangeCursor((String) row[0], ((Number) row[1]).longValue()).encoded(),
                id,
                kind.apiValue(),
                (String) row[4],
                (String) row[5],
                moment(row[6]),
                visibleNow ? "/api/v1/" + kind.collection() + "/" + id : null);
    }

    private static OffsetDateTime moment(Object value) {
        return value instanceof OffsetDateTime moment
                ? moment
                : ((java.time.Instant) value).atOffset(java.time.ZoneOffset.UTC);
    }
}
