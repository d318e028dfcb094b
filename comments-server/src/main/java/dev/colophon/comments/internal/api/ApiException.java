package dev.colophon.comments.internal.api;

import java.util.Map;

/** A request that cannot be served, with the HTTP status and a message the caller can act on. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "too_large", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(429, "rate_limited", "too many requests; retry in " + retryAfterSeconds + " s",
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
