package nl.handreiking.savedsearch;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Saved searches checked again against the packaged application. */
@QuarkusIntegrationTest
class SavedSearchResourceIT extends SavedSearchResourceTest {}
