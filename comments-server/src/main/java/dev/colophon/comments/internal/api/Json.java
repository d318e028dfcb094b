package dev.colophon.comments.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** The one JSON mapper of the server, and strict parsing of request bodies into records. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false); // a parent of 1.5 is a mistake, not comment 1

    private Json() {
    }

    public static <T> T body(Context ctx, Class<T> type) {
        return parse(ctx.bodyAsBytes(), type);
    }

    /** A request body as a record, or a 400 {@link ApiException} that says what is wrong with it. */
    public static <T> T parse(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw ApiException.badRequest("request body is empty; send a JSON object");
        }
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw ApiException.badRequest("request body must be a JSON object");
            }
            return value;
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw ApiException.badRequest("malformed JSON: " + mismatch(e));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("unreadable body: " + e.getMessage());
        }
    }

    /** What a wrongly typed field should have been, in JSON's words rather than Java's class names. */
    private static String mismatch(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse(null);
        Class<?> type = e.getTargetType();
        String expected = type == null ? "another JSON value"
                : Number.class.isAssignableFrom(type) || type == long.class || type == int.class ? "a whole number"
                : type == String.class ? "a string"
                : type == Boolean.class || type == boolean.class ? "true or false"
                : "a JSON object";
        return field == null ? "expected " + expected : "field '" + field + "' must be " + expected;
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
