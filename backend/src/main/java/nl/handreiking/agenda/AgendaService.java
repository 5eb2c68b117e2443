package nl.handreiking.agenda;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.audit.Actor;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.audit.FieldChange;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.Problem;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Role;
import nl.handreiking.organisation.Organisation;

/** Keeps the implementation agenda: items with milestones, each change kept, and the signals forwarded to them. */
@ApplicationScoped
@Transactional
public class AgendaService {

    static final List<String> STATUSES = List.of("planned", "in_progress", "done", "stopped");
    static final List<String> DOMAINS = List.of("reception", "housing", "integration");

    private final EntityManager em;
    private final ForwardedSignals forwardedSignals;
    private final AuditLog audit;

    AgendaService(EntityManager em, ForwardedSignals forwardedSignals, AuditLog audit) {
        this.em = em;
        this.forwardedSignals = forwardedSignals;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<AgendaItemView> list(Optional<String> status, Optional<String> domain, Optional<Caller> caller) {
        return AgendaItem.<AgendaItem>list("order by title").stream()
                .filter(item -> status.map(item.status::equals).orElse(true))
                .filter(item -> domain.map(item.domain::equals).orElse(true))
                .map(item -> view(item, caller))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<AgendaItemView> find(UUID id, Optional<Caller> caller) {
        return AgendaItem.<AgendaItem>findByIdOptional(id).map(item -> view(item, caller));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<List<AgendaChange>> history(UUID id) {
        return AgendaItem.<AgendaItem>findByIdOptional(id)
                .map(item -> AgendaChange.<AgendaChange>list("itemId = ?1 order by version desc", id));
    }

    AgendaItemView create(AgendaItemRequest request, Caller caller) {
        check(request);
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.version = 1;
        item.createdAt = OffsetDateTime.now();
        item.updatedAt = item.createdAt;
        apply(item, request);
        item.persist();
        record(item, "created", List.of(), caller);
        return view(item, Optional.of(caller));
    }

    Optional<AgendaItemView> update(UUID id, String ifMatch, AgendaItemRequest request, Caller caller) {
        return AgendaItem.<AgendaItem>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .map(item -> {
                    Preconditions.check(ifMatch, item.version);
                    check(request);
                    Map<String, String> before = snapshot(item);
                    apply(item, request);
                    em.flush();
                    Map<String, String> after = snapshot(item);
                    List<FieldChange> changes = new ArrayList<>();
                    after.forEach((field, value) -> {
                        if (!Objects.equals(before.get(field), value)) {
                            changes.add(FieldChange.of(field, before.get(field), value));
                        }
                    });
                    if (!changes.isEmpty()) {
                        item.version++;
                        item.updatedAt = OffsetDateTime.now();
                        record(item, "updated", changes, caller);
                    }
                    return view(item, Optional.of(caller));
                });
    }

    private static void check(AgendaItemRequest request) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (!STATUSES.contains(request.status())) {
            invalid.add(new Problem.InvalidParam("status", Messages.text("reason.oneOf", String.join(", ", STATUSES))));
        }
        if (!DOMAINS.contains(request.domain())) {
            invalid.add(new Problem.InvalidParam("domain", Messages.text("reason.domainValues")));
        }
        if (Organisation.findById(request.owner()) == null) {
            invalid.add(new Problem.InvalidParam("owner", Messages.text("reason.unknownOrganisationSee")));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid);
        }
    }

    private static void apply(AgendaItem item, AgendaItemRequest request) {
        item.title = request.title().strip();
        item.description = request.description().strip();
        item.domain = request.domain();
        item.ownerCode = request.owner();
        item.status = request.status();
        item.financialEur = request.financialEur();
        item.financialNote = request.financialNote();
        item.source = request.source();
        // rows keep their position: changed in place, added at the end, removed from the end (Hibernate inserts
        // before it deletes, so clearing and re-adding the same positions would collide)
        List<AgendaItemRequest.Milestone> ordered = request.milestones().stream()
                .sorted(Comparator.comparing(AgendaItemRequest.Milestone::dueOn))
                .toList();
        while (item.milestones.size() > ordered.size()) {
            item.milestones.remove(item.milestones.size() - 1);
        }
        for (int i = 0; i < ordered.size(); i++) {
            AgendaMilestone milestone = i < item.milestones.size() ? item.milestones.get(i) : new AgendaMilestone();
            milestone.item = item;
            milestone.position = i + 1;
            milestone.dueOn = ordered.get(i).dueOn();
            milestone.title = ordered.get(i).title().strip();
            milestone.done = ordered.get(i).done();
            if (i >= item.milestones.size()) {
                item.milestones.add(milestone);
            }
        }
    }

    private static Map<String, String> snapshot(AgendaItem item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", item.title);
        fields.put("description", item.description);
        fields.put("domain", item.domain);
        fields.put("owner", item.ownerCode);
        fields.put("status", item.status);
        fields.put(
                "financialEur",
                item.financialEur == null
                        ? null
                        : item.financialEur.stripTrailingZeros().toPlainString());
        fields.put("financialNote", item.financialNote);
        fields.put("source", item.source);
        fields.put(
                "milestones",
                String.join(
                        "; ",
                        item.milestones.stream()
                                .map(m -> m.dueOn + " " + m.title + (m.done ? " (gedaan)" : ""))
                                .toList()));
        return fields;
    }

    private void record(AgendaItem item, String action, List<FieldChange> changes, Caller caller) {
        AgendaChange change = new AgendaChange();
        change.itemId = item.id;
        change.version = item.version;
        change.stamp(Actor.of(caller), item.updatedAt, action);
        change.changes = changes;
        change.persist();
        audit.record(caller, action, "agenda-item", item.id.toString(), item.title + " (versie " + item.version + ")");
        Log.infof("Agenda item %s %s, version %d", item.id, action, item.version);
    }

    private AgendaItemView view(AgendaItem item, Optional<Caller> caller) {
        List<AgendaItemView.LinkedSignal> forwarded = forwardedSignals.to(item.id);
        boolean team = caller.filter(c -> c.is(Role.SUPPORT)).isPresent();
        List<AgendaItemView.LinkedSignal> signals = team ? forwarded : List.of();
        String owner = Organisation.<Organisation>findByIdOptional(item.ownerCode)
                .map(o -> o.name)
                .orElse(item.ownerCode);
        return new AgendaItemView(
                item.id,
                item.title,
                item.description,
                item.domain,
                new AgendaItemView.Owner(item.ownerCode, owner),
                item.status,
                item.milestones.stream()
                        .map(m -> new AgendaItemRequest.Milestone(m.dueOn, m.title, m.done))
                        .toList(),
                item.financialEur,
                item.financialNote,
                item.source,
                forwarded.size(),
                signals,
                item.version,
                item.updatedAt);
    }
}
