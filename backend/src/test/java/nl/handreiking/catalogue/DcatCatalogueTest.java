package nl.handreiking.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The catalogue as the builder writes it, without a running application. */
class DcatCatalogueTest {

    @Test
    void aKindWithoutPublishedItemsGetsNoDateAtAllAndStillConforms() throws Exception {
        OffsetDateTime first = OffsetDateTime.parse("2021-02-12T09:00:00+01:00");
        OffsetDateTime latest = OffsetDateTime.parse("2021-03-01T10:30:00.123456Z");
        String json = new ObjectMapper()
                .writeValueAsString(DcatCatalogue.of(
                        "https://handreiking.example.nl",
                        Map.of(Kind.MEASURE, new ChangeFeed.PublicPeriod(first, latest))));
        Model graph = DonlShapes.read(json);

        assertThat(DonlShapes.validate(graph).conforms())
                .as(DonlShapes.describe(DonlShapes.validate(graph)))
                .isTrue();
        String catalogue = "https://handreiking.example.nl/api/v1/open-data";
        assertThat(graph.getResource(catalogue + "#measures")
                        .getProperty(DCTerms.modified)
                        .getString())
                .isEqualTo("2021-03-01T10:30:00.123456Z");
        assertThat(graph.getResource(catalogue + "#measures")
                        .getProperty(DCTerms.issued)
                        .getString())
                .isEqualTo("2021-02-12T08:00:00Z");
        assertThat(graph.getResource(catalogue + "#tasks").hasProperty(DCTerms.modified))
                .as("no published task: no date, never a made-up one")
                .isFalse();
        assertThat(graph.getResource(catalogue).getProperty(DCTerms.modified).getString())
                .isEqualTo("2021-03-01T10:30:00.123456Z");
    }
}
