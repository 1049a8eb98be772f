package nl.oneplan.command.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.command.trajectory.NewId;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;

/**
 * Lets a request body bind straight to a command record: before the body is read, the ids the
 * path names ({@code trajectoryId}, {@code goalNumber}, …) and fresh ids for what the command
 * creates ({@link NewId}) are put into the JSON under the command's component names, over
 * anything the client sent there. The body is then read as every body is, with the same strict
 * rules and the same errors; a body that is not a JSON object is passed on untouched, so it is
 * refused as before.
 */
@ControllerAdvice(assignableTypes = TrajectoryCommandController.class)
class CommandBodies extends RequestBodyAdviceAdapter {

    private static final String COMMANDS = "nl.oneplan.command.trajectory";

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && type.isRecord() && type.getPackageName().startsWith(COMMANDS);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        MediaType type = message.getHeaders().getContentType();
        Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        JsonNode tree;
        try {
            tree = json.readTree(new String(body, charset));
        } catch (JsonProcessingException malformed) {
            return replay(message.getHeaders(), body);
        }
        if (!(tree instanceof ObjectNode command)) {
            return replay(message.getHeaders(), body);
        }
        Map<String, String> path = pathVariables();
        for (RecordComponent component : ((Class<?>) targetType).getRecordComponents()) {
            String name = component.getName();
            if (component.isAnnotationPresent(NewId.class)) {
                command.put(name, UUID.randomUUID().toString());
            } else if (path.containsKey(name)) {
                command.set(name, pathValue(path.get(name), component.getType()));
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(message.getHeaders());
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        if (type != null) {
            headers.setContentType(new MediaType(type, StandardCharsets.UTF_8));
        }
        return replay(headers, json.writeValueAsBytes(command));
    }

    private static JsonNode pathValue(String value, Class<?> type) {
        if (type == int.class || type == Integer.class) {
            try {
                return IntNode.valueOf(Integer.parseInt(value));
            } catch (NumberFormatException notANumber) {
                // The path variable itself is refused before the body is read.
            }
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object variables = request == null ? null
                : request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                        RequestAttributes.SCOPE_REQUEST);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static HttpInputMessage replay(HttpHeaders headers, byte[] body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
