package nl.handreiking.catalogue;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A national portal harvests the published catalogue: the JSON-LD conforms to the DCAT-AP-DONL shapes, each
 * kind's dataset says when its published data last changed, and every distribution it names can be fetched.
 */
@QuarkusTest
class OpenDataTest {

    private static final Property ADMS_STATUS =
            org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/adms#status");

    @ConfigProperty(name = "handreiking.public-url")
    String publicUrl;

    @Test
    void theCatalogueConformsToTheDcatApDonlShapesAndMayBeCached() {
        var response = given().accept(OpenDataResource.JSON_LD).when().get("/api/v1/open-data");
        response.then()
                .statusCode(200)
                .contentType(startsWith(OpenDataResource.JSON_LD))
                .header("Cache-Control", startsWith("public"));

        Model graph = DonlShapes.read(response.asString());
        var report = DonlShapes.validate(graph);
        assertThat(report.conforms()).as(DonlShapes.describe(report)).isTrue();
        assertThat(graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset)
                        .toList())
                .as("one dataset per kind")
                .hasSize(Kind.values().length);
    }

    @Test
    void aClientAskingForPlainJsonGetsTheSameDocumentAndAnyAcceptGetsJsonLd() {
        String jsonLd = given().accept(OpenDataResource.JSON_LD)
                .get("/api/v1/open-data")
                .asString();
        given().accept("application/json")
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body(org.hamcrest.Matchers.equalTo(jsonLd));
        given().accept("*/*")
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .contentType(startsWith(OpenDataResource.JSON_LD));
    }

    static Stream<Arguments> mandatoryProperties() {
        return Stream.of(
                Arguments.of(DCAT.Catalog, DCTerms.publisher, DCTerms.publisher),
                Arguments.of(DCAT.Catalog, FOAF.homepage, FOAF.homepage),
                // a contact point without a name is reported as a contact point that is not one
                Arguments.of(DCAT.Catalog, VCARD4.fn, DCAT.contactPoint),
                Arguments.of(DCAT.Dataset, DCTerms.license, DCTerms.license),
                Arguments.of(DCAT.Dataset, DCAT.theme, DCAT.theme),
                Arguments.of(DCAT.Dataset, DCTerms.title, DCTerms.title),
                Arguments.of(DCAT.Dataset, DCTerms.creator, DCTerms.creator),
                Arguments.of(DCAT.Dataset, ADMS_STATUS, ADMS_STATUS),
                Arguments.of(DCAT.Dataset, DCAT.distribution, DCAT.distribution),
                Arguments.of(DCAT.Distribution, DCAT.accessURL, DCAT.accessURL),
                Arguments.of(DCAT.Distribution, DCTerms.format, DCTerms.format),
                Arguments.of(DCAT.Distribution, DCTerms.license, DCTerms.license));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("mandatoryProperties")
    void aGraphWithoutAMandatoryPropertyDoesNotConform(Resource type, Property mandatory, Property reported) {
        Model graph = DonlShapes.read(given().when()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(DonlShapes.validate(graph).conforms()).isTrue();

        Resource subject = graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, type)
                .next();
        if (mandatory.equals(VCARD4.fn)) {
            graph.listObjectsOfProperty(subject, DCAT.contactPoint)
                    .next()
                    .asResource()
                    .removeAll(mandatory);
        } else {
            assertThat(subject.hasProperty(mandatory)).isTrue();
            subject.removeAll(mandatory);
        }

        var report = DonlShapes.validate(graph);
        assertThat(report.conforms()).as("without " + mandatory).isFalse();
        assertThat(report.getEntries())
                .as(DonlShapes.describe(report))
                .anyMatch(entry -> entry.focusNode().equals(subject.asNode())
                        && entry.resultPath().toString().equals("<" + reported.getURI() + ">"));
    }

    @Test
    void eachKindsDatasetWasModifiedAtTheLatestPublicChangeOfThatKind() {
        new Editor().publish("measures", Editor.item("measures", Editor.uniqueWord()));

        Map<String, Instant> latest = latestPublicChanges();
        assertThat(latest).as("the new measure is public").containsKey("measure");
        Model graph = DonlShapes.read(given().when().get("/api/v1/open-data").asString());
        for (Kind kind : Kind.values()) {
            Resource dataset =
                    graph.getResource(publicUrl.replaceAll("/+$", "") + "/api/v1/open-data#" + kind.collection());
            Optional<Instant> modified = Optional.ofNullable(dataset.getProperty(DCTerms.modified))
                    .map(statement -> Instant.parse(statement.getString()));
            assertThat(modified)
                    .as(kind + ": the latest change the public change feed shows, never a made-up date")
                    .isEqualTo(Optional.ofNullable(latest.get(kind.apiValue())));
            dataset.listProperties(DCAT.distribution)
                    .forEach(distribution -> assertThat(Optional.ofNullable(
                                            distribution.getResource().getProperty(DCTerms.modified))
                                    .map(statement -> Instant.parse(statement.getString())))
                            .isEqualTo(modified));
        }
    }

    @Test
    void everyDistributionCanBeFetchedInTheMediaTypeItNames() {
        Model graph = DonlShapes.read(given().when().get("/api/v1/open-data").asString());
        String base = publicUrl.replaceAll("/+$", "");
        List<Resource> distributions = graph.listSubjectsWithProperty(
                        org.apache.jena.vocabulary.RDF.type, DCAT.Distribution)
                .toList();
        assertThat(distributions).hasSize(3 * Kind.values().length);
        for (Resource distribution : distributions) {
            String mediaType = distribution
                    .getPropertyResourceValue(DCAT.mediaType)
                    .getURI()
                    .replace("https://www.iana.org/assignments/media-types/", "");
            for (Property link : List.of(DCAT.accessURL, DCAT.downloadURL)) {
                RDFNode url = Optional.ofNullable(distribution.getProperty(link))
                        .map(statement -> statement.getObject())
                        .orElse(null);
                if (url == null) {
                    continue;
                }
                assertThat(url.asResource().getURI())
                        .as("on the public address")
                        .startsWith(base + "/api/v1/");
                given().when()
                        .get(url.asResource().getURI().substring(base.length()))
                        .then()
                        .statusCode(200)
                        .contentType(startsWith(mediaType));
            }
        }
    }

    /** Per kind, the moment of the latest change the public change feed lists, read from its start. */
    private static Map<String, Instant> latestPublicChanges() {
        Map<String, Instant> latest = new HashMap<>();
        String after = "";
        while (true) {
            JsonPath page = given().queryParam("after", after)
                    .queryParam("pageSize", "200")
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> change : items) {
                Instant at =
                        OffsetDateTime.parse((String) change.get("occurredAt")).toInstant();
                latest.merge((String) change.get("kind"), at, (a, b) -> a.isAfter(b) ? a : b);
            }
            if (items.size() < 200) {
                return latest;
            }
            after = page.getString("next");
        }
    }
}
