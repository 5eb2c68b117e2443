package nl.handreiking.catalogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Catalogue search on the starting content, checked again against the packaged application. */
@QuarkusIntegrationTest
class CatalogueSearchIT extends CatalogueSearchTest {}
