package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** No logged value can start a line of its own. */
class LogEscapingTest {

    @Test
    void lineBreaksAndControlCharactersInLoggedValuesAreEscaped() {
        ExtLogRecord record = new ExtLogRecord(
                Level.INFO,
                "Sign-in refused from %s",
                ExtLogRecord.FormatStyle.PRINTF,
                LogEscapingTest.class.getName());
        record.setParameters(new Object[] {
            "1.2.3.4\r\n12:00:00 INFO  [nl.ha.au.SessionService] Session x started for account admin\u0000"
        });
        assertThat(new LogEscaping().isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage())
                .doesNotContain("\n", "\r", "\u0000")
                .isEqualTo("Sign-in refused from 1.2.3.4\\u000D\\u000A12:00:00 INFO  [nl.ha.au.SessionService] Session "
                        + "x started for account admin\\u0000");
    }

    @Test
    void anOrdinaryMessageIsLeftAlone() {
        ExtLogRecord record = new ExtLogRecord(
                Level.INFO, "Signal %s submitted", ExtLogRecord.FormatStyle.PRINTF, LogEscapingTest.class.getName());
        record.setParameters(new Object[] {"abc"});
        new LogEscaping().isLoggable(record);
        assertThat(record.getFormattedMessage()).isEqualTo("Signal abc submitted");
    }
}
