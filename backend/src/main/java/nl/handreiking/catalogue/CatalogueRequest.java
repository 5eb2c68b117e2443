package nl.handreiking.catalogue;

import java.util.List;

/** A kind's request body: the fields every kind shares, and all its fields for the one service of all kinds. */
public interface CatalogueRequest {

    String slug();

    String title();

    String summary();

    String body();

    List<String> domains();

    List<String> audiences();

    List<String> organisationCodes();

    String sourceUrl();

    /** The shared fields through {@link ItemFields#of}, with the kind's own added by name. */
    ItemFields toFields();
}
