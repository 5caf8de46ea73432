package vn.khenthuong.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Just enough JSON to write Camunda REST bodies by hand (what an attacker's script would send). */
final class Json {

    /** A variable value with an explicit Camunda type (e.g. a list sent as type Json). */
    record Typed(Object value, String type) {
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Json::value).collect(Collectors.joining(",", "[", "]"));
        }
        return str(v.toString());
    }

    /** One Camunda variable: {"value":…,"type":…}. */
    static String variable(Object v) {
        if (v instanceof Typed t) {
            Object value = t.value() instanceof List<?> ? value(t.value()) : t.value();
            return "{\"value\":" + (t.type().equals("Json") ? str(value.toString()) : value(value)) + ",\"type\":\"" + t.type() + "\"}";
        }
        if (v instanceof List<?> list) {
            return "{\"value\":" + str(value(list)) + ",\"type\":\"Json\"}";
        }
        String type = v == null ? "Null" : v instanceof Integer ? "Integer" : v instanceof Long ? "Long" : v instanceof Boolean ? "Boolean"
                : v instanceof Double ? "Double" : "String";
        return "{\"value\":" + value(v) + ",\"type\":\"" + type + "\"}";
    }

    /** A map of Camunda variables: {"name":{"value":…,"type":…},…}. */
    static String variables(Map<String, ?> vars) {
        return vars.entrySet().stream().map(e -> str(e.getKey()) + ":" + variable(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private Json() {
    }
}
