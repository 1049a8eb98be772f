package nl.oneplan.app;

import nl.oneplan.app.cli.RebuildCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/**
 * The one OnePlan artifact. Which sides it runs is configuration ({@code ONEPLAN_ROLES}), so a
 * deployment scales the command side and the query side on their own against one database.
 * {@code rebuild <projection|all>} as first argument makes it the command-line client for rebuilds.
 */
@SpringBootApplication
public class OnePlanApplication {

    /** The JVM-wide switch Axon's update checker reads (no Spring property reaches it). */
    public static final String VENDOR_CHECK_OFF = "axoniq.update-checker.disabled";

    static {
        // No calls to the vendor from a service holding family data, however the app is started.
        if (System.getProperty(VENDOR_CHECK_OFF) == null) {
            System.setProperty(VENDOR_CHECK_OFF, "true");
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && "rebuild".equals(args[0])) {
            // A client of a running OnePlan; it starts no service of its own.
            RebuildCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(OnePlanApplication.class, args);
    }
}
