package nl.handreiking.catalogue.funding;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.catalogue.CatalogueItem;
import nl.handreiking.catalogue.Kind;
import nl.handreiking.catalogue.Status;

/**
 * The closing dates of published funding, for features outside the catalogue (following an item): only
 * what everyone may see, so a draft or archived item is never followed or announced.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundingDeadlines {

    private static final String PUBLISHED_FUNDING = "kind = :kind and status = :status";

    /** The published funding item with this id, if there is one. */
    public Optional<FundingDeadline> published(UUID id) {
        return published(List.of(id)).stream().findFirst();
    }

    /** The published funding items among {@code ids}; the others are left out. */
    public List<FundingDeadline> published(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return CatalogueItem.<CatalogueItem>list(
                        PUBLISHED_FUNDING + " and id in :ids",
                        Parameters.with("kind", Kind.FUNDING.apiValue())
                                .and("status", Status.PUBLISHED.apiValue())
                                .and("ids", ids))
                .stream()
                .map(FundingDeadline::of)
                .toList();
    }

    /** Published funding that closes on a day from {@code first} to {@code last}, both included. */
    public List<FundingDeadline> closingBetween(LocalDate first, LocalDate last) {
        return CatalogueItem.<CatalogueItem>list(
                        PUBLISHED_FUNDING + " and closesOn between :first and :last",
                        Parameters.with("kind", Kind.FUNDING.apiValue())
                                .and("status", Status.PUBLISHED.apiValue())
                                .and("first", first)
                                .and("last", last))
                .stream()
                .map(FundingDeadline::of)
                .toList();
    }
}
