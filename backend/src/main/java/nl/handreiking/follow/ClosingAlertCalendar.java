package nl.handreiking.follow;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import nl.handreiking.catalogue.funding.FundingCalendar;
import nl.handreiking.catalogue.funding.FundingDeadline;

/**
 * The closing date of a followed funding item as an iCalendar file (RFC 5545) for the alert mail: one all-day
 * event with a reminder the morning before. Its UID names the item and the date, so the 14-day and the 3-day
 * mail update the same appointment, and a moved closing date makes a new one.
 */
final class ClosingAlertCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final String PRODUCT = "-//Handreiking//Herinnering sluitingsdatum//NL";
    /** From the start of the all-day event (midnight): 09:00 the day before. */
    private static final java.time.Duration REMIND = java.time.Duration.ofHours(-15);

    private ClosingAlertCalendar() {}

    static String of(FundingDeadline funding, LocalDate closesOn, String publicBase, Instant now) {
        VEvent event = new VEvent(closesOn, "Sluiting aanvragen: " + funding.title());
        event.add(new Uid(uid(funding, closesOn)));
        event.replace(new DtStamp(now));
        event.add(new Url(URI.create(publicBase + "/financiering/" + funding.id())));
        event.add(new Description("Laatste dag om aan te vragen: " + funding.title() + "\n" + publicBase
                + "/financiering/" + funding.id()));
        VAlarm alarm = new VAlarm(REMIND);
        alarm.add(new Action("DISPLAY"));
        alarm.add(new Description("Morgen sluit " + funding.title()));
        event.add(alarm);
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(new Method("PUBLISH"))
                .withComponent(event)
                .getFluentTarget();
        return FundingCalendar.folded(calendar.toString());
    }

    static String uid(FundingDeadline funding, LocalDate closesOn) {
        return funding.id() + "-" + closesOn.format(DateTimeFormatter.BASIC_ISO_DATE) + "@handreiking";
    }
}
