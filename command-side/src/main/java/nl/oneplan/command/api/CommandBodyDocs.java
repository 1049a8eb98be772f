package nl.oneplan.command.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import nl.oneplan.command.trajectory.NewId;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenAPI document describes a command's request body as a client writes it: without the ids
 * the path gives or the server creates (see {@link CommandBodies}), and with the fields of the
 * command's {@link JsonCreator} where the body names something differently from the command (a
 * coordinator by {@code participantId} or {@code memberId}).
 */
@Configuration(proxyBeanMethods = false)
class CommandBodyDocs {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Bean
    OpenApiCustomizer commandBodySchemas() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents() == null ? null
                    : openApi.getComponents().getSchemas();
            if (schemas == null) {
                return;
            }
            commandsWithTheirPathVariables().forEach((command, pathVariables) -> {
                Schema<?> schema = schemas.get(command.getSimpleName());
                if (schema == null || schema.getProperties() == null) {
                    return;
                }
                creator(command).ifPresent(creator -> describeCreator(schema, creator));
                for (RecordComponent component : command.getRecordComponents()) {
                    if (component.isAnnotationPresent(NewId.class) || pathVariables.contains(component.getName())) {
                        schema.getProperties().remove(component.getName());
                        if (schema.getRequired() != null) {
                            schema.getRequired().remove(component.getName());
                        }
                    }
                }
            });
        };
    }

    /** Each command the controller binds from a body, with the path variables of its endpoint. */
    private static Map<Class<?>, Set<String>> commandsWithTheirPathVariables() {
        Map<Class<?>, Set<String>> commands = new LinkedHashMap<>();
        for (Method method : TrajectoryCommandController.class.getDeclaredMethods()) {
            String path = path(method);
            if (path == null) {
                continue;
            }
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(RequestBody.class) && parameter.getType().isRecord()) {
                    Matcher variables = PATH_VARIABLE.matcher(path);
                    Set<String> names = variables.results().map(match -> match.group(1)).collect(Collectors.toSet());
                    commands.put(parameter.getType(), names);
                }
            }
        }
        return commands;
    }

    private static String path(Method method) {
        PostMapping post = method.getAnnotation(PostMapping.class);
        if (post != null) {
            return String.join("", post.value());
        }
        PutMapping put = method.getAnnotation(PutMapping.class);
        return put == null ? null : String.join("", put.value());
    }

    private static Optional<Method> creator(Class<?> command) {
        return Arrays.stream(command.getDeclaredMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.isAnnotationPresent(JsonCreator.class))
                .findFirst();
    }

    /** The body's fields are the creator's parameters; a field the command lacks gets its type's schema. */
    private static void describeCreator(Schema<?> schema, Method creator) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (Parameter parameter : creator.getParameters()) {
            String name = parameter.getAnnotation(JsonProperty.class).value();
            Schema<?> known = schema.getProperties().get(name);
            properties.put(name, known != null ? known
                    : ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(parameter.getType()))
                    .schema);
        }
        schema.setProperties(properties);
    }
}
