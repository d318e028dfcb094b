package dev.colophon.comments.internal.webmention.verification;

import java.util.List;
import java.util.Map;

/**
 * A microformats2 item: its h-* types and properties. A property value is a String, an {@link Mf2Item}
 * (an embedded h-cite or h-card), or for e-* properties an {@link Html}.
 *
 * @param value the item's plain value when it is itself a property (its name or url)
 */
public record Mf2Item(List<String> types, Map<String, List<Object>> properties, String value) {

    /** An e-* property: its inner HTML and its text. */
    public record Html(String html, String text) {
    }

    public boolean is(String type) {
        return types.contains(type);
    }

    public List<Object> all(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first value of a property as text: a URL or name for embedded items, the text of HTML. */
    public String text(String property) {
        for (Object value : all(property)) {
            String text = textOf(value);
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    public Mf2Item item(String property) {
        return all(property).stream().filter(Mf2Item.class::isInstance).map(Mf2Item.class::cast).findFirst().orElse(null);
    }

    /** The URLs a property names: plain values, or the u-url of embedded items (an h-cite of the post replied to). */
    public List<String> urls(String property) {
        return all(property).stream().map(v -> v instanceof Mf2Item item
                ? (item.text("url") != null ? item.text("url") : item.value()) : textOf(v))
                .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static String textOf(Object value) {
        if (value instanceof Mf2Item item) {
            return item.value() != null ? item.value() : item.text("name");
        }
        if (value instanceof Html html) {
            return html.text();
        }
        return (String) value;
    }
}
