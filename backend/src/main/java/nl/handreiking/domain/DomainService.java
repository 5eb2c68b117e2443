package nl.handreiking.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;

/** Reads the policy domains. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DomainService {

    Page<Domain> list(PageRequest.Bounds bounds) {
        var query = Domain.findAll(Sort.by("position"));
        return Page.of(query.range(bounds.offset(), bounds.lastIndex()).list(), bounds, query.count());
    }
}
