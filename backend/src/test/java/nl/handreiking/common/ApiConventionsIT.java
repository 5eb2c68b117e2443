package nl.handreiking.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP conventions, checked again against the packaged application. */
@QuarkusIntegrationTest
class ApiConventionsIT extends ApiConventionsTest {}
