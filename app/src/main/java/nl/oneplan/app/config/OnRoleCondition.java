package nl.oneplan.app.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Map;

class OnRoleCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnRole.class.getName());
        Role role = (Role) attributes.get("value");
        return Role.parse(context.getEnvironment().getProperty(Role.PROPERTY, Role.DEFAULT)).contains(role);
    }
}
