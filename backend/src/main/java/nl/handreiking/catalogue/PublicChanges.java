package nl.handreiking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.handreiking.common.QueryParams;

/**
 * The change feed as anyone may read it, for features that follow the catalogue (webhooks): changes of published
 * items and their withdrawal, never a draft, in the feed's stable order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PublicChanges {

    private static final String END = "SELECT CAST(xid AS text), seq FROM catalogue_change"
            + " WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY xid DESC, seq DESC LIMIT 1";

    private final ChangeFeed feed;
    private final EntityManager em;

    PublicChanges(ChangeFeed feed, EntityManager em) {
        this.feed = feed;
        this.em = em;
    }

    /** Up to {@code limit} public changes after the cursor (a {@code next} of an earlier page). */
    public ChangePage after(String cursor, int limit) {
        return feed.after(ChangeCursor.read(new QueryParams(), cursor), limit, Optional.empty());
    }

    /** The cursor after every change of the transactions that have ended: where a new reader starts. */
    public String end() {
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery(END).getResultList();
        return last.isEmpty()
                ? ChangeCursor.START.encoded()
                : new ChangeCursor((String) last.get(0)[0], ((Number) last.get(0)[1]).longValue()).encoded();
    }
}
