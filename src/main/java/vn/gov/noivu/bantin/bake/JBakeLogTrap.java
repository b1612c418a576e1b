package vn.gov.noivu.bantin.bake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;

/**
 * Turns every warning or error JBake logs during a bake ("invalid header", "unable to parse date",
 * "rendering engine missing", ...) into a build error, so nothing JBake does can pass unnoticed.
 */
final class JBakeLogTrap extends AppenderBase<ILoggingEvent> {
    private final ConcurrentLinkedQueue<ContentError> errors = new ConcurrentLinkedQueue<>();
    private final Logger logger;

    private JBakeLogTrap(Logger logger) {
        this.logger = logger;
    }

    static JBakeLogTrap install() {
        Logger jbake = (Logger) LoggerFactory.getLogger("org.jbake");
        JBakeLogTrap trap = new JBakeLogTrap(jbake);
        trap.setContext(jbake.getLoggerContext());
        trap.setName("bantin-jbake-trap");
        trap.start();
        jbake.addAppender(trap);
        return trap;
    }

    @Override
    protected void append(ILoggingEvent event) {
        // Oven's closing "Failed to bake N item(s)!" only counts the failures Bakery reports one by one.
        if (event.getLevel().isGreaterOrEqual(Level.WARN) && !(event.getLoggerName().equals("org.jbake.app.Oven")
                && event.getFormattedMessage().startsWith("Failed to bake"))) {
            errors.add(ContentError.of("(jbake)", 0, "", Message.of("jbake.logged", event.getLoggerName().replace("org.jbake.", ""),
                    event.getFormattedMessage()), Message.of("hint.jbake.logged")));
        }
    }

    void uninstall() {
        logger.detachAppender(this);
        stop();
    }

    List<ContentError> errors() {
        return new ArrayList<>(errors);
    }
}
