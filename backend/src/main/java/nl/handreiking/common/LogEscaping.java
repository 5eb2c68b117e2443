package nl.handreiking.common;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Writes control characters and line breaks in a log message as \\uXXXX: a value from a request (a path, an
 * e-mail address) can then never start a forged log line. Stack traces are printed apart and keep theirs.
 */
@LoggingFilter(name = "escape-controls")
public final class LogEscaping implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String message = ext.getFormattedMessage();
            String escaped = message == null ? null : Text.escape(message);
            if (escaped != null && !escaped.equals(message)) {
                ext.setMessage(escaped, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        return true;
    }
}
