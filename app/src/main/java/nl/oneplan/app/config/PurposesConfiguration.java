package nl.oneplan.app.config;

import nl.oneplan.rules.PurposeCatalogue;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * The purpose catalogue both sides use: {@code oneplan.purposes} (code, label-nl, label-en per
 * entry) when configured, else the catalogue OnePlan ships with. A catalogue that breaks its rules
 * stops the start, with the reason.
 */
@Configuration(proxyBeanMethods = false)
public class PurposesConfiguration {

    @Bean
    public PurposeCatalogue purposeCatalogue(Environment environment) {
        List<PurposeCatalogue.Entry> configured = Binder.get(environment)
                .bind("oneplan.purposes", Bindable.listOf(PurposeCatalogue.Entry.class)).orElse(List.of());
        return configured.isEmpty() ? PurposeCatalogue.standard() : new PurposeCatalogue(configured);
    }
}
