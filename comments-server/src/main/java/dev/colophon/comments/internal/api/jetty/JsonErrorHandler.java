package dev.colophon.comments.internal.api.jetty;

import dev.colophon.comments.internal.api.ErrorResponses;
import dev.colophon.comments.internal.api.SecurityHeaders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a bad path, a bad Content-Length, an over-long URI or header, an unknown HTTP
 * version) in the API's JSON shape and with its security headers, instead of Jetty's HTML page.
 */
public final class JsonErrorHandler extends ErrorHandler {
    /** A message that names a Java type says nothing to a caller; its status line says enough. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*");

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.apiHeaders().forEach(headers::put);
        response.write(true, ByteBuffer.wrap(body(code, reason(code, message, cause))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CONNECTION, "close"); // what follows a request that could not be parsed is noise
        SecurityHeaders.apiHeaders().forEach(fields::put);
        return ByteBuffer.wrap(body(status, reason(status, reason, null)));
    }

    private static String reason(int code, String message, Throwable cause) {
        String text = cause instanceof HttpException http && http.getReason() != null ? http.getReason() : message;
        if (text == null || text.isBlank() || JAVA_NAME.matcher(text).find()) {
            text = HttpStatus.getMessage(code);
        }
        return text;
    }

    private static byte[] body(int code, String message) {
        return ErrorResponses.json(ErrorResponses.codeOf(code), message).getBytes(StandardCharsets.UTF_8);
    }
}
