package nl.handreiking.catalogue.funding;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import nl.handreiking.catalogue.CatalogueItem;

/** The closing dates of funding as an iCalendar file (RFC 5545) that calendar programs import. */
public final class FundingCalendar {

    private static final int MAX_OCTETS = 75;
    private static final String PRODUCT = "-//Handreiking//Financiering sluitingsdata//NL";

    private FundingCalendar() {}

    /** One all-day event per item with a closing date; items without one are left out. */
    static String of(List<CatalogueItem> items, String publicBase) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        items.stream().filter(item -> item.closesOn != null).forEach(item -> calendar.add(event(item, publicBase)));
        return folded(calendar.toString());
    }

    /**
     * Every content line folded at 75 octets, as RFC 5545 §3.1 asks: a CRLF and a space before the octet that
     * would pass the limit, never inside a UTF-8 character. Lines are built from whole code points, so a
     * character outside the BMP (an emoji) is never cut between its surrogates either.
     */
    public static String folded(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 64);
        // unfolded first: whatever folding ical4j did counted characters, not octets
        for (String line : ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static VEvent event(CatalogueItem item, String publicBase) {
        VEvent event = new VEvent(item.closesOn, "Sluiting aanvragen: " + item.title);
        event.add(new Uid(item.id + "@handreiking"));
        // RFC 5545 3.8.7.2: without METHOD, when the information was last revised; not "now", so that the same
        // funding gives the same bytes and a cached calendar can be confirmed with 304
        event.replace(new DtStamp(item.updatedAt.toInstant()));
        event.add(new Description(item.summary
                + (item.amountNote == null ? "" : "\n\n" + item.amountNote)
                + (item.howToApply == null ? "" : "\n\nAanvragen: " + item.howToApply)));
        event.add(new Url(URI.create(publicBase + "/financiering/" + item.id)));
        return event;
    }
}
