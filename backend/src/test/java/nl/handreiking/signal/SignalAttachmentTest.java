package nl.handreiking.signal;

import static nl.handreiking.common.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attachments: recognised by content, at most 10 MB, downloadable only by those who see the signal. */
@QuarkusTest
class SignalAttachmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1A,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0
    };

    private static Desk desk;

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
        }
    }

    @Test
    void theSubmitterAndTheTeamDownloadWhatWasUploadedAndOtherRegionsCannot() {
        String id = desk.submit();
        String href = upload(desk.utrecht, id, "wachttijden IND.pdf", PDF)
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(PDF.length))
                .body("fileName", equalTo("wachttijden IND.pdf"))
                .extract()
                .path("href");
        for (String token : new String[] {desk.utrecht, desk.support}) {
            byte[] downloaded = Desk.invalidAs(token)
                    .when()
                    .get(href)
                    .then()
                    .statusCode(200)
                    .contentType("application/pdf")
                    .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''wachttijden%20IND.pdf"))
                    .extract()
                    .asByteArray();
            assertThat(downloaded).isEqualTo(PDF);
        }
        assertProblem(Desk.invalidAs(desk.amsterdam).when().get(href).then(), 404);
        assertProblem(upload(desk.amsterdam, id, "x.pdf", PDF).then(), 404);
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .body("attachments", hasSize(1))
                .body("attachments[0].href", equalTo(href));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id + "/history")
                .then()
                .body("action", org.hamcrest.Matchers.hasItem("attached"));
    }

    @Test
    void theAuditLogNamesTheKindOfFileInWordsNotItsMediaType() {
        String id = desk.submit();
        upload(desk.utrecht, id, "verslag.pdf", PDF).then().statusCode(201);
        java.util.List<String> summaries = Desk.as(nl.handreiking.common.SignIn.as("admin"))
                .queryParam("entityType", "signal")
                .queryParam("entityId", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.summary");
        assertThat(summaries)
                .anySatisfy(summary -> assertThat(summary).endsWith("verslag.pdf (PDF, 1 kB)"))
                .noneSatisfy(summary -> assertThat(summary).contains("application/"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "factuur\u202Efdp.html | factuurfdp.pdf | a right-to-left override that would show factuurlmth.pdf, and an .html name",
                "rapport.html | rapport.pdf | an .html name on PDF content",
                "rapport.pdf.svg | rapport.pdf.pdf | a second extension that does not fit",
                "rap\u200Bport\u2066.pdf\u2069 | rapport.pdf | zero-width and isolate characters",
                "wachttijden | wachttijden.pdf | no extension",
                "Verslag.PDF | Verslag.PDF | an extension that fits, in capitals"
            })
    void anAttachmentNameLosesInvisibleCharactersAndGetsAnExtensionThatFitsItsContent(
            String sent, String kept, String what) {
        String href = upload(desk.utrecht, desk.submit(), sent, PDF)
                .then()
                .statusCode(201)
                .body("fileName", equalTo(kept))
                .extract()
                .path("href");
        Desk.invalidAs(desk.support)
                .when()
                .get(href)
                .then()
                .statusCode(200)
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename*=UTF-8''"
                                + java.net.URLEncoder.encode(kept, StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "foto.png, image/png",
        "notitie.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    })
    void imagesAndOfficeDocumentsAreRecognisedByTheirContent(String name, String type) throws IOException {
        byte[] content = name.endsWith(".png") ? PNG : docx();
        upload(desk.utrecht, desk.submit(), name, content)
                .then()
                .statusCode(201)
                .body("contentType", equalTo(type));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text renamed to pdf, tekst.pdf",
        "program renamed to pdf, programma.pdf",
        "plain zip renamed to zip, archief.zip"
    })
    void aFileWhoseContentIsNotAnAllowedTypeIsRefused(String what, String name) throws IOException {
        byte[] content = switch (what) {
            case "text renamed to pdf" -> "gewoon tekst\n".getBytes(StandardCharsets.UTF_8);
            case "program renamed to pdf" -> Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4}, 256);
            default -> zip("data.txt", "x");
        };
        String id = desk.submit();
        assertProblem(upload(desk.utrecht, id, name, content).then(), 415);
        Desk.as(desk.utrecht).when().get("/api/v1/signals/" + id).then().body("attachments", hasSize(0));
    }

    @Test
    void aFileOfMoreThanTenMegabytesIsRefused() {
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        String id = desk.submit();
        assertProblem(upload(desk.utrecht, id, "groot.pdf", big).then(), 413);
        upload(desk.utrecht, id, "precies-10-mb.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024))
                .then()
                .statusCode(201);
    }

    @Test
    void aFileNeedsAName() {
        assertProblem(
                        Desk.invalidAs(desk.utrecht)
                                .contentType("application/octet-stream")
                                .body(PDF)
                                .when()
                                .post("/api/v1/signals/" + desk.submit() + "/attachments")
                                .then(),
                        400)
                .body("invalidParams[0].name", equalTo("fileName"));
    }

    private static io.restassured.response.Response upload(String token, String id, String name, byte[] content) {
        return Desk.invalidAs(token)
                .contentType("application/octet-stream")
                .queryParam("fileName", name)
                .body(content)
                .when()
                .post("/api/v1/signals/" + id + "/attachments");
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" "
                                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
