package vn.khenthuong.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one reader of the YAML files people edit by hand (seeds/, the form-variable list beside a diagram): a misspelt
 * key fails instead of being ignored, and dates are read as java.time values. An {@link ObjectReader} is immutable,
 * so one is shared and nobody can change its settings for the others.
 */
public final class YamlFiles {

    private static final ObjectReader READER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .reader();

    private YamlFiles() {
    }

    public static <T> T read(InputStream in, Class<T> type) throws IOException {
        return READER.forType(type).readValue(in);
    }

    public static JsonNode readTree(InputStream in) throws IOException {
        return READER.readTree(in);
    }
}
