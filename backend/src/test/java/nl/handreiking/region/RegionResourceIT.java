package nl.handreiking.region;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The region resource, checked again against the packaged application. */
@QuarkusIntegrationTest
class RegionResourceIT extends RegionResourceTest {}
