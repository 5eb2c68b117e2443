package nl.handreiking.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;

/** Reads the organisations; support-team members first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    Page<Organisation> list(Optional<Boolean> supportTeam, PageRequest.Bounds bounds) {
        Sort order = Sort.descending("supportTeam").and("code");
        PanacheQuery<Organisation> query = supportTeam
                .map(member -> Organisation.<Organisation>find("supportTeam", order, member))
                .orElseGet(() -> Organisation.findAll(order));
        return Page.of(query.range(bounds.offset(), bounds.lastIndex()).list(), bounds, query.count());
    }

    Optional<Organisation> find(String code) {
        return Organisation.findByIdOptional(code);
    }
}
