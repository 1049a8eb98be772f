package nl.oneplan.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one OnePlan artifact. Which sides it runs is configuration ({@code ONEPLAN_ROLES}), so a
 * deployment scales the command side and the query side on their own against one database.
 */
@SpringBootApplication
public class OnePlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(OnePlanApplication.class, args);
    }
}
