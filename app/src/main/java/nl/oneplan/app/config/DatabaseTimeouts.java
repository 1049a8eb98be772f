package nl.oneplan.app.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * A PostgreSQL that stops answering must not hold requests: connecting gives up after
 * {@code oneplan.database.connect-timeout}, and an open connection that hears nothing for
 * {@code oneplan.database.socket-timeout} is closed, so the caller gets 503 instead of a hang. The
 * embedded database runs in-process and needs neither.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseTimeouts {

    @Bean
    static BeanPostProcessor postgresTimeouts(@Value("${oneplan.database.connect-timeout:PT2S}") Duration connect,
                                              @Value("${oneplan.database.socket-timeout:PT10S}") Duration socket) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, connect.toSeconds())));
                    pool.addDataSourceProperty("loginTimeout", String.valueOf(Math.max(1, connect.toSeconds())));
                    pool.addDataSourceProperty("socketTimeout", String.valueOf(Math.max(1, socket.toSeconds())));
                }
                return bean;
            }
        };
    }
}
