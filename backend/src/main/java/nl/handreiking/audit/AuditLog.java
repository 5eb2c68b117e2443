package nl.handreiking.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.Where;
import nl.handreiking.identity.Caller;

/** Records every change with who made it and when, in the transaction of the change itself. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    /** Records a change made by a person or another government system. */
    public void record(Caller actor, String action, String entityType, String entityId, String summary) {
        record(actor, action, entityType, entityId, summary, null);
    }

    /** Records a change and the field it changed by its API values, which a client puts in words. */
    public void record(
            Caller actor, String action, String entityType, String entityId, String summary, AuditChange change) {
        write(Actor.of(actor), action, entityType, entityId, summary, change);
    }

    /** Records a change the application made by itself, such as loading demo accounts. */
    public void recordSystem(String action, String entityType, String entityId, String summary) {
        write(Actor.system("Handreiking"), action, entityType, entityId, summary, null);
    }

    private void write(
            Actor actor, String action, String entityType, String entityId, String summary, AuditChange change) {
        AuditEvent event = new AuditEvent();
        event.stamp(actor, OffsetDateTime.now(), action);
        event.entityType = entityType;
        event.entityId = entityId;
        event.summary = summary;
        if (change != null) {
            event.changeField = change.field();
            event.changeFrom = change.from();
            event.changeTo = change.to();
        }
        event.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<AuditEvent> list(Optional<String> entityType, Optional<String> entityId, PageRequest.Bounds bounds) {
        Where where = new Where().and("entityType = :type", "type", entityType).and("entityId = :id", "id", entityId);
        long total = AuditEvent.count("from AuditEvent" + where.clause(), where.params());
        List<AuditEvent> items = AuditEvent.<AuditEvent>find(
                        "from AuditEvent" + where.clause() + " order by at desc, id desc", where.params())
                .range(bounds.offset(), bounds.lastIndex())
                .list();
        return Page.of(items, bounds, total);
    }
}
