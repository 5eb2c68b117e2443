package nl.handreiking.catalogue;

import java.util.List;

/** How a kind shows an item: with its links (the item itself) or with a search snippet (in a list). */
@FunctionalInterface
public interface CatalogueView<V> {

    V of(CatalogueItem item, List<LinkView> links, String snippet);
}
