package nl.oneplan.app.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/** The one JdbcTemplate of the application writes only values the database can hold. */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration {

    @Bean
    public JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new StorableJdbcTemplate(dataSource);
    }
}
