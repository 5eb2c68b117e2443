package nl.handreiking.catalogue.funding;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.catalogue.CatalogueItem;

/** A published funding item's title and closing date, for features that remind people of it. */
public record FundingDeadline(UUID id, String title, Optional<LocalDate> closesOn) {

    static FundingDeadline of(CatalogueItem item) {
        return new FundingDeadline(item.id, item.title, Optional.ofNullable(item.closesOn));
    }
}
