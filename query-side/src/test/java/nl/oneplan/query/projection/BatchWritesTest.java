package nl.oneplan.query.projection;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a batch write park a family, and which only mean "try the batch again". */
class BatchWritesTest {

    private static UncategorizedSQLException sql(String state) {
        return new UncategorizedSQLException("batch", "INSERT …", new SQLException("failed", state));
    }

    @Test
    void aRowTheDatabaseRefusesParksTheFamily() {
        assertThat(BatchWrites.isTransient(new DataIntegrityViolationException("value too long",
                new SQLException("value too long for type character varying(200)", "22001")))).isFalse();
        assertThat(BatchWrites.isTransient(sql("23505"))).isFalse();
        assertThat(BatchWrites.isTransient(new IllegalArgumentException("a bug in the writer"))).isFalse();
    }

    @Test
    void aDatabaseThatIsAwayOrBusyParksNobody() {
        assertThat(BatchWrites.isTransient(sql("08006"))).isTrue();
        assertThat(BatchWrites.isTransient(sql("40P01"))).isTrue();
        assertThat(BatchWrites.isTransient(sql("57014"))).isTrue();
        assertThat(BatchWrites.isTransient(sql("53300"))).isTrue();
        assertThat(BatchWrites.isTransient(new QueryTimeoutException("slow"))).isTrue();
    }
}
