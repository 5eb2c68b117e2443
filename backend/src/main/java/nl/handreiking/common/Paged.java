package nl.handreiking.common;

/** A page of a collection: what the Link header is made from. */
public interface Paged {

    int page();

    int pageSize();

    int totalPages();
}
