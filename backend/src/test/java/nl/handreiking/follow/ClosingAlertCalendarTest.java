package nl.handreiking.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import nl.handreiking.catalogue.funding.FundingDeadline;
import org.junit.jupiter.api.Test;

/** The .ics of an alert parses back (RFC 5545) with the closing date, a stable UID and a reminder. */
class ClosingAlertCalendarTest {

    private static final UUID ID = UUID.fromString("0b5e7a3c-3a5e-4f9c-8d7e-2c6d9b1a4e21");
    private static final LocalDate CLOSES_ON = LocalDate.of(2031, 6, 30);
    private static final FundingDeadline FUNDING = new FundingDeadline(
            ID,
            "Specifieke uitkering; huisvesting, \"statushouders\" — één regeling met een héél lange titel",
            Optional.of(CLOSES_ON));

    @Test
    void theEventIsOnTheClosingDateWithEveryFieldACalendarNeeds() throws Exception {
        String ics = ClosingAlertCalendar.of(FUNDING, CLOSES_ON, "https://handreiking.example.nl", Instant.now());

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, Property.DTSTART)).isEqualTo("20310630");
        assertThat(value(event, Property.UID)).isEqualTo(ID + "-20310630@handreiking");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Sluiting aanvragen: " + FUNDING.title());
        assertThat(value(event, Property.URL)).isEqualTo("https://handreiking.example.nl/financiering/" + ID);
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
        VAlarm alarm = event.<VAlarm>getComponents("VALARM").get(0);
        assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(value(alarm, Property.TRIGGER)).isEqualTo("-PT15H");
        assertThat(ics.replace("\r\n ", ""))
                .contains("SUMMARY:Sluiting aanvragen: Specifieke uitkering\\; huisvesting\\, ");
    }

    @Test
    void theUidStaysTheSameForTheSameDateAndChangesWithIt() {
        String first = ClosingAlertCalendar.uid(FUNDING, CLOSES_ON);
        assertThat(ClosingAlertCalendar.uid(FUNDING, CLOSES_ON)).isEqualTo(first);
        assertThat(ClosingAlertCalendar.uid(FUNDING, CLOSES_ON.plusDays(7))).isNotEqualTo(first);
    }

    @Test
    void linesEndInCrlfAndAreFoldedAtSeventyFiveOctets() {
        String ics = ClosingAlertCalendar.of(FUNDING, CLOSES_ON, "https://handreiking.example.nl", Instant.now());

        assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    private static String value(net.fortuna.ical4j.model.Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElseThrow();
    }
}
