package vn.khenthuong.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses control characters at our API's doors before anything is written: every text field of a JSON body
 * (the web ObjectMapper's String deserializer), every query parameter and path variable of {@code /api}.
 * The refusal is a {@link ControlCharacterException}, answered 400 by the API's problem details.
 */
@Configuration
class ControlCharacterChecks implements WebMvcConfigurer {

    /** Registered by Spring Boot into the ObjectMapper of Spring MVC only; Camunda's REST API has its own mapper. */
    @Bean
    Module controlCharacterModule() {
        return new SimpleModule("ControlCharacters").addDeserializer(String.class, new CheckedStrings(false));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Parameters()).addPathPatterns("/api/**");
    }

    static final class CheckedStrings extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        CheckedStrings(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean allowLines = property != null && property.getAnnotation(MultiLine.class) != null;
            return allowLines == multiLine ? this : new CheckedStrings(allowLines);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            // The field's name is added from Jackson's path when the API answers (it knows nested fields and indexes).
            ControlCharacters.check(p.currentName() == null ? "?" : p.currentName(), value, multiLine);
            return value;
        }
    }

    /** Query parameters (decoded here, so a multipart body is not parsed early) and path variables. */
    static final class Parameters implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    ControlCharacters.check("(tên tham số / parameter name)", name);
                    if (eq >= 0) {
                        ControlCharacters.check(name, decode(pair.substring(eq + 1)));
                    }
                }
            }
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
                variables.forEach((name, value) -> ControlCharacters.check(String.valueOf(name), String.valueOf(value)));
            }
            return true;
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s; // a malformed escape is left to Spring's own binding to refuse
            }
        }
    }
}
