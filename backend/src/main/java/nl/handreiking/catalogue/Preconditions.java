package nl.handreiking.catalogue;

import java.util.Arrays;
import nl.handreiking.common.ProblemException;

/** If-Match on every change: two editors never silently overwrite each other. */
final class Preconditions {

    private Preconditions() {
    }

    static void check(String ifMatch, CatalogueItem item) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Stuur de ETag van de versie die u wijzigt mee in de If-Match-header (haal het item eerst op).");
        }
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(item.etag()));
        if (!matches) {
            throw ProblemException.preconditionFailed("Het item is intussen gewijzigd (nu versie " + item.version
                    + "). Haal het opnieuw op, neem de wijzigingen over en probeer het nog eens.", item.etag());
        }
    }
}
