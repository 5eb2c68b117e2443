package nl.handreiking.funding;

import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import nl.handreiking.catalogue.CatalogueItem;

/** The closing dates of funding as an iCalendar file (RFC 5545) that calendar programs import. */
final class FundingCalendar {

    private static final String PRODUCT = "-//Handreiking//Financiering sluitingsdata//NL";

    private FundingCalendar() {
    }

    /** One all-day event per item with a closing date; items without one are left out. */
    static String of(List<CatalogueItem> items, String publicBase) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        items.stream().filter(item -> item.closesOn != null).forEach(item -> calendar.add(event(item, publicBase)));
        return calendar.toString();
    }

    private static VEvent event(CatalogueItem item, String publicBase) {
        VEvent event = new VEvent(item.closesOn, "Sluiting aanvragen: " + item.title);
        event.add(new Uid(item.id + "@handreiking"));
        event.add(new Description(item.summary + (item.amountNote == null ? "" : "\n\n" + item.amountNote)
                + (item.howToApply == null ? "" : "\n\nAanvragen: " + item.howToApply)));
        event.add(new Url(URI.create(publicBase + "/financiering/" + item.id)));
        return event;
    }
}
