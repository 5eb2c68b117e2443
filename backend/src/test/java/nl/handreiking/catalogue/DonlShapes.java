package nl.handreiking.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** The DCAT-AP-DONL shapes (test resource open-data/dcat-ap-donl-shapes.ttl) and Jena's SHACL validator. */
final class DonlShapes {

    private static final Shapes SHAPES = Shapes.parse(load());

    private DonlShapes() {}

    /** The JSON-LD as an RDF graph; its context is inline, so nothing is fetched. */
    static Model read(String jsonLd) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonLd, Lang.JSONLD).parse(model);
        return model;
    }

    static ValidationReport validate(Model graph) {
        return ShaclValidator.get().validate(SHAPES, graph.getGraph());
    }

    /** The report in Turtle, to read in a failing assertion. */
    static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static org.apache.jena.graph.Graph load() {
        try (InputStream in = DonlShapes.class.getResourceAsStream("/open-data/dcat-ap-donl-shapes.ttl")) {
            Model shapes = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
            return shapes.getGraph();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
