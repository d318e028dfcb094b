package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.Dictionary;
import org.greenbytes.http.sfv.InnerList;
import org.greenbytes.http.sfv.IntegerItem;
import org.greenbytes.http.sfv.Item;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.Parser;
import org.greenbytes.http.sfv.StringItem;

/**
 * One RFC 9421 HTTP Message Signature of a request, read from its {@code Signature-Input} and
 * {@code Signature} fields, and the signature base it was made over (RFC 9421 section 2.5). The first
 * signature that names a {@code keyid} is the one read; a request may carry others (a proxy's).
 *
 * @param components the covered components' names, in order ({@code @method}, {@code content-digest}, …)
 * @param created the {@code created} parameter, seconds since the epoch, or null when absent
 * @param expires the {@code expires} parameter, or null
 * @param alg the {@code alg} parameter, or null (then the key's type decides)
 */
record MessageSignature(String label, List<String> components, String keyId, Long created, Long expires, String alg,
                        byte[] signature, String base) {

    /** A request as the signature base needs it. */
    record Request(String method, String scheme, String target, Map<String, String> headers) {
    }

    /** Reads the signature; throws {@link Reason#BAD_SIGNATURE} when it cannot be read or covers what cannot be checked. */
    static MessageSignature read(Request request) {
        Dictionary inputs = dictionary(request.headers().get("signature-input"), "Signature-Input");
        Dictionary signatures = dictionary(request.headers().get("signature"), "Signature");
        for (Map.Entry<String, ListElement<?>> input : inputs.get().entrySet()) {
            if (input.getValue() instanceof InnerList covered && covered.getParams().get("keyid") instanceof StringItem keyId
                    && signatures.get().get(input.getKey()) instanceof ByteSequenceItem value) {
                return of(input.getKey(), covered, keyId.get(), bytes(value.get()), request);
            }
        }
        throw bad("no signature in Signature-Input has a keyid and a value in Signature");
    }

    private static MessageSignature of(String label, InnerList covered, String keyId, byte[] signature, Request request) {
        StringBuilder base = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (Item<?> component : covered.get()) {
            if (!(component instanceof StringItem name)) {
                throw bad("a covered component is not a string: " + component.serialize());
            }
            if (!name.getParams().isEmpty()) {
                throw bad("the component " + name.serialize() + " has parameters, which this server does not check");
            }
            String id = name.get();
            if (names.contains(id)) {
                throw bad("the component \"" + id + "\" is covered twice");
            }
            names.add(id);
            base.append(name.serialize()).append(": ").append(value(id, request)).append('\n');
        }
        base.append("\"@signature-params\": ").append(covered.serialize());
        var params = covered.getParams();
        return new MessageSignature(label, List.copyOf(names), keyId, integer(params.get("created")),
                integer(params.get("expires")), params.get("alg") instanceof StringItem alg ? alg.get() : null, signature,
                base.toString());
    }

    /** A component's value in the signature base: derived ones from the request line, fields from their headers. */
    private static String value(String id, Request request) {
        String target = request.target();
        int query = target.indexOf('?');
        String authority = request.headers().get("host");
        return switch (id) {
            case "@method" -> request.method();
            case "@target-uri" -> request.scheme() + "://" + required(authority, id).toLowerCase(Locale.ROOT) + target;
            case "@authority" -> required(authority, id).toLowerCase(Locale.ROOT);
            case "@scheme" -> request.scheme();
            case "@request-target" -> target;
            case "@path" -> query < 0 ? target : target.substring(0, query);
            case "@query" -> query < 0 ? "?" : target.substring(query);
            default -> {
                if (id.startsWith("@")) {
                    throw bad("the signature covers \"" + id + "\", which this server does not check");
                }
                if (!id.equals(id.toLowerCase(Locale.ROOT))) {
                    throw bad("the covered field \"" + id + "\" is not in lower case");
                }
                yield required(request.headers().get(id), id).strip();
            }
        };
    }

    private static String required(String value, String id) {
        if (value == null) {
            throw bad("the signature covers \"" + id + "\", which the request does not have");
        }
        return value;
    }

    static Dictionary dictionary(String field, String name) {
        if (field == null || field.isBlank()) {
            throw bad("a " + name + " field is required with Signature-Input");
        }
        try {
            return Parser.parseDictionary(field);
        } catch (IllegalArgumentException e) { // the parser's ParseException is one
            throw bad("the " + name + " field is not a structured dictionary (RFC 8941)");
        }
    }

    private static Long integer(Item<?> item) {
        if (item == null) {
            return null;
        }
        if (item instanceof IntegerItem number) {
            return number.get();
        }
        throw bad("the signature parameter " + item.serialize() + " is not an integer");
    }

    static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static FederationException bad(String message) {
        return new FederationException(Reason.BAD_SIGNATURE, message);
    }
}
