package nl.handreiking.signal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same behaviour against the packaged application. */
@QuarkusIntegrationTest
class SignalSubmissionIT extends SignalSubmissionTest {}
