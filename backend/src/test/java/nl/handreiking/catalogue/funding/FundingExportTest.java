package nl.handreiking.catalogue.funding;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.handreiking.catalogue.Editor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Exports parsed back and compared with what the API says. */
@QuarkusTest
class FundingExportTest {

    @Test
    void theCsvOpensInADutchSpreadsheetWithAccentsIntact() throws Exception {
        byte[] bytes = given().queryParam("domain", "housing")
                .when()
                .get("/api/v1/funding/export")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("funding.csv"))
                .extract()
                .asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        List<Map<String, Object>> api = given().queryParam("domain", "housing")
                .queryParam("pageSize", 100)
                .queryParam("sort", "relevance")
                .when()
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(rows).hasSize(api.size());
        assertThat(rows)
                .extracting(r -> r.get("Titel"))
                .containsExactlyElementsOf(api.stream()
                        .map(i -> spreadsheetSafe((String) i.get("title")))
                        .toList());
        assertThat(rows).extracting(r -> r.get("Titel")).anyMatch(title -> title.contains("Financiële"));
        CSVRecord first = rows.get(0);
        assertThat(first.get("Id")).isEqualTo(api.get(0).get("id"));
        assertThat(first.get("Beleidsterreinen"))
                .contains("Huisvesting vergunninghouders")
                .doesNotContain("housing");
        assertThat(first.get("Status")).isEqualTo("Gepubliceerd");
        assertThat(first.get("Doorlopend")).isIn("ja", "nee");
        // a Dutch column for every field, and no English or code left in the header
        assertThat(rows.get(0).getParser().getHeaderNames())
                .contains("Titel", "Samenvatting", "Voor wie", "Aanvragen tot en met", "Laatst gewijzigd")
                .doesNotContain("title", "domains", "closesOn", "updatedAt", "id")
                .doesNotContainNull();
    }

    @Test
    void theCalendarHasAnAllDayEventOnEveryClosingDate() throws Exception {
        String ics = given().when()
                .get("/api/v1/funding/calendar")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/calendar"))
                .extract()
                .asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<Map<String, Object>> closing = given().queryParam("pageSize", 100)
                .queryParam("sort", "closesOn")
                .when()
                .get("/api/v1/funding")
                .then()
                .extract()
                .path("items.findAll { it.closesOn != null }");
        assertThat(events).hasSize(closing.size()).isNotEmpty();
        for (Map<String, Object> item : closing) {
            VEvent event = events.stream()
                    .filter(e -> e.getUid().orElseThrow().getValue().equals(item.get("id") + "@handreiking"))
                    .findFirst()
                    .orElseThrow();
            assertThat((Object) event.getDateTimeStart().getDate())
                    .isEqualTo(LocalDate.parse((String) item.get("closesOn")));
            assertThat(event.getSummary().getValue()).endsWith((String) item.get("title"));
        }
    }

    @Test
    void oneFundingItemCanBeAddedToACalendar() throws Exception {
        Editor editor = new Editor();
        String id = editor.publish("funding", Editor.item("funding", Editor.uniqueWord()))
                .path("id");
        String ics = given().when()
                .get("/api/v1/funding/" + id + "/calendar")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(ics).contains("\r\n").startsWith("BEGIN:VCALENDAR");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat((Object) event.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void calendarLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() throws Exception {
        Editor editor = new Editor();
        Map<String, Object> body = Editor.item("funding", Editor.uniqueWord());
        String title = body.get("title")
                + " – tijdelijke regeling voor ‘logeeropvang’ en huisvesting van statushouders in Súdwest-Fryslân en 's-Hertogenbosch ✓ € 🏠";
        body.put("title", title);
        String id = editor.publish("funding", body).path("id");
        byte[] bytes = given().when()
                .get("/api/v1/funding/" + id + "/calendar")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as("octets in %s", line).isLessThanOrEqualTo(75);
            StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(octets)); // a line never ends or starts inside a character
        }
        assertThat(ics).contains("\r\n ");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Sluiting aanvragen: " + title.replace(",", "\\,"));
        VEvent event = new CalendarBuilder()
                .build(new StringReader(ics))
                .<VEvent>getComponents("VEVENT")
                .get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Sluiting aanvragen: " + title);
    }

    /** A title another test gave a formula start comes out of the export with a leading quote (OWASP). */
    private static String spreadsheetSafe(String title) {
        return !title.isEmpty() && "=+-@\t\r".indexOf(title.charAt(0)) >= 0 ? "'" + title : title;
    }
}
