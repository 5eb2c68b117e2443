package nl.handreiking.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.handreiking.audit.AuditChange;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Preconditions;
import nl.handreiking.common.Problem;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Role;
import nl.handreiking.region.RegionService;

/** Keeps the provincial plans: a province reports on its own plan, the support team on any. */
@ApplicationScoped
@Transactional
public class PlanService {

    /** A plan as shown, with its version for the ETag. */
    record Found(PlanView view, int version) {}

    private final RegionService regions;
    private final AuditLog audit;

    PlanService(RegionService regions, AuditLog audit) {
        this.regions = regions;
        this.audit = audit;
    }

    static ProblemException notFound() {
        return ProblemException.notFound(Messages.text("detail.noProvince"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<PlanView> all() {
        return ProvincialPlan.<ProvincialPlan>listAll().stream()
                .map(this::view)
                .sorted(Comparator.comparing(PlanView::provinceName))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Found> find(String provinceCode) {
        return ProvincialPlan.<ProvincialPlan>findByIdOptional(provinceCode)
                .map(plan -> new Found(view(plan), plan.version));
    }

    Optional<Found> update(String provinceCode, String ifMatch, PlanRequest request, Caller caller) {
        return ProvincialPlan.<ProvincialPlan>findByIdOptional(provinceCode, LockModeType.PESSIMISTIC_WRITE)
                .map(plan -> {
                    if (caller.is(Role.PROVINCE)
                            && !caller.regionCode().filter(provinceCode::equals).isPresent()) {
                        throw ProblemException.forbidden(Messages.text("detail.ownPlanOnly"));
                    }
                    Preconditions.check(ifMatch, plan.version);
                    check(request, plan);
                    String before = plan.status;
                    plan.status = request.status();
                    plan.requestedOn = request.requestedOn() != null ? request.requestedOn() : plan.requestedOn;
                    plan.deliveredOn = request.deliveredOn();
                    plan.documentUrl = request.documentUrl();
                    plan.note = request.note();
                    plan.source = "Bijgewerkt door " + caller.name();
                    plan.version++;
                    plan.updatedAt = OffsetDateTime.now();
                    PlanView view = view(plan);
                    audit.record(
                            caller,
                            "updated",
                            "provincial-plan",
                            provinceCode,
                            "Provinciaal plan " + view.provinceName(),
                            AuditChange.status(before, plan.status));
                    return new Found(view, plan.version);
                });
    }

    private static void check(PlanRequest request, ProvincialPlan plan) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (!List.of("unknown", "requested", "in_progress", "delivered").contains(request.status())) {
            invalid.add(new Problem.InvalidParam("status", Messages.text("reason.planStatusValues")));
        }
        if ("delivered".equals(request.status()) && request.deliveredOn() == null) {
            invalid.add(new Problem.InvalidParam("deliveredOn", Messages.text("reason.requiredWhenDelivered")));
        }
        if (!"delivered".equals(request.status()) && request.deliveredOn() != null) {
            invalid.add(new Problem.InvalidParam("deliveredOn", Messages.text("reason.onlyWhenDelivered")));
        }
        var requested = request.requestedOn() != null ? request.requestedOn() : plan.requestedOn;
        if (request.deliveredOn() != null
                && requested != null
                && request.deliveredOn().isBefore(requested)) {
            invalid.add(new Problem.InvalidParam("deliveredOn", Messages.text("reason.beforeRequestedOn")));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid);
        }
    }

    private PlanView view(ProvincialPlan plan) {
        return PlanView.from(
                plan,
                regions.place(plan.provinceCode).map(RegionService.Place::name).orElse(plan.provinceCode));
    }
}
