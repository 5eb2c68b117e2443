package nl.handreiking.catalogue;

/** A kind's request body, as the fields one service applies to an item of any kind. */
public interface CatalogueRequest {

    ItemFields toFields();
}
