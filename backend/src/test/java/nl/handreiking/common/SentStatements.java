package nl.handreiking.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Keeps the last SQL statements Hibernate sent, so that a test can EXPLAIN exactly what the application asks. */
@PersistenceUnitExtension
public class SentStatements implements StatementInspector {

    private static final int KEPT = 200;
    private static final List<String> SENT = new ArrayList<>();

    @Override
    public String inspect(String sql) {
        synchronized (SENT) {
            SENT.add(sql);
            if (SENT.size() > KEPT) {
                SENT.remove(0);
            }
        }
        return sql;
    }

    /** Forgets what was sent so far. */
    public static void clear() {
        synchronized (SENT) {
            SENT.clear();
        }
    }

    /** The statements sent since {@link #clear()}, oldest first. */
    public static List<String> since() {
        synchronized (SENT) {
            return List.copyOf(SENT);
        }
    }
}
