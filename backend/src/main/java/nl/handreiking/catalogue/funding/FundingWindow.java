package nl.handreiking.catalogue.funding;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.handreiking.catalogue.CatalogueItem;

/** Whether a funding item's application window is open on a day: only when its dates or an open-ended source say so. */
enum FundingWindow {
    OPEN("open"),
    UPCOMING("upcoming"),
    CLOSED("closed"),
    UNKNOWN("unknown");

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    final String apiValue;

    FundingWindow(String apiValue) {
        this.apiValue = apiValue;
    }

    static FundingWindow today(CatalogueItem item) {
        return on(item, LocalDate.now(NETHERLANDS));
    }

    /** Closed once ended or past its closing date; open up to a known closing date or when open-ended; else unknown. */
    static FundingWindow on(CatalogueItem item, LocalDate day) {
        if (item.windowEnded || item.closesOn != null && day.isAfter(item.closesOn)) {
            return CLOSED;
        }
        if (item.opensOn != null && day.isBefore(item.opensOn)) {
            return UPCOMING;
        }
        return item.closesOn != null || item.openEnded ? OPEN : UNKNOWN;
    }
}
