package nl.oneplan.app.support;

import nl.oneplan.app.OnePlanApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP integration tests: the whole application (both roles) on a random port against
 * a fresh PostgreSQL database of the test class's own.
 */
@SpringBootTest(classes = OnePlanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresIntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        TestDatabases.Database database = TestDatabases.fresh();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    /** The API as the demo coordinator Sanne de Vries (CJG Gouda). */
    protected Api api() {
        return api("sanne");
    }

    protected Api api(String demoUser) {
        return new Api("http://localhost:" + port, demoUser);
    }
}
