package nl.handreiking.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;

/** Reads the organisations; support-team members first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    Page<Organisation> list(Optional<Boolean> supportTeam, PageRequest.Bounds bounds) {
        PanacheQuery<Organisation> query = query(supportTeam);
        return Page.of(query.range(bounds.offset(), bounds.lastIndex()).list(), bounds, query.count());
    }

    /** Every organisation that matches, in the list's order, for an export. */
    List<Organisation> all(Optional<Boolean> supportTeam) {
        return query(supportTeam).list();
    }

    private static PanacheQuery<Organisation> query(Optional<Boolean> supportTeam) {
        Sort order = Sort.descending("supportTeam").and("code");
        return supportTeam
                .map(member -> Organisation.<Organisation>find("supportTeam", order, member))
                .orElseGet(() -> Organisation.findAll(order));
    }

    Optional<Organisation> find(String code) {
        return Organisation.findByIdOptional(code);
    }
}
