package nl.oneplan.app.config;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Multi-row batched inserts are asked of the PostgreSQL driver only; the embedded H2 gets nothing new. */
class PostgresBatchedInsertsTest {

    private final PostgresBatchedInserts processor = new PostgresBatchedInserts();

    @Test
    void aPostgresqlPoolRewritesBatchedInserts() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://db:5432/oneplan");
        processor.postProcessAfterInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
    }

    @Test
    void anH2PoolIsLeftAsItIs() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:oneplan");
        processor.postProcessAfterInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
    }
}
