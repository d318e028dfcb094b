package dev.colophon.comments.internal.webmention.verification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of the microformats2 parsing algorithm (microformats.org/wiki/microformats2-parsing) that
 * webmentions need: root items, p-/u-/dt-/e- properties, embedded items as property values, and the
 * implied name, photo and url. No Java mf2 parser is published on Maven Central, so this small one on
 * jsoup stands in; value-class patterns and backcompat classes are left out.
 */
public final class Mf2Parser {
    private Mf2Parser() {
    }

    /** The top-level items of a document, nested items included as properties or children. */
    public static List<Mf2Item> parse(Document document) {
        List<Mf2Item> items = new ArrayList<>();
        collectRoots(document.body() == null ? document : document.body(), items);
        return items;
    }

    private static void collectRoots(Element element, List<Mf2Item> into) {
        for (Element child : element.children()) {
            if (!rootTypes(child).isEmpty()) {
                into.add(item(child));
            } else {
                collectRoots(child, into);
            }
        }
    }

    private static Mf2Item item(Element root) {
        Map<String, List<Object>> properties = new LinkedHashMap<>();
        List<Object> children = new ArrayList<>();
        walk(root, properties, children);
        if (!children.isEmpty()) {
            properties.put("children", children);
        }
        implied(root, properties);
        return new Mf2Item(rootTypes(root), properties, null);
    }

    private static void walk(Element parent, Map<String, List<Object>> properties, List<Object> children) {
        for (Element child : parent.children()) {
            List<String> props = propertyClasses(child);
            boolean root = !rootTypes(child).isEmpty();
            if (root) {
                Mf2Item nested = item(child);
                if (props.isEmpty()) {
                    children.add(nested);
                }
                for (String prop : props) {
                    String value = prop.startsWith("u-") ? nested.text("url") : nested.text("name");
                    if (value == null) {
                        value = Mf2Values.of(prop, child);
                    }
                    add(properties, prop, new Mf2Item(nested.types(), nested.properties(), value));
                }
                continue; // an embedded item's properties are its own
            }
            for (String prop : props) {
                add(properties, prop, prop.startsWith("e-") ? new Mf2Item.Html(child.html(), child.text().strip())
                        : Mf2Values.of(prop, child));
            }
            walk(child, properties, children);
        }
    }

    private static void add(Map<String, List<Object>> properties, String prop, Object value) {
        properties.computeIfAbsent(prop.substring(prop.indexOf('-') + 1), k -> new ArrayList<>()).add(value);
    }

    private static void implied(Element root, Map<String, List<Object>> properties) {
        boolean explicitText = properties.keySet().stream().anyMatch(k -> k.equals("name"))
                || hasPrefixedProperty(root, "p-") || hasPrefixedProperty(root, "e-");
        if (!properties.containsKey("name") && !explicitText) {
            properties.put("name", List.of(Mf2Values.impliedName(root)));
        }
        if (!properties.containsKey("photo")) {
            String photo = Mf2Values.impliedPhoto(root);
            if (photo != null) {
                properties.put("photo", List.of(photo));
            }
        }
        if (!properties.containsKey("url")) {
            String url = Mf2Values.impliedUrl(root);
            if (url != null) {
                properties.put("url", List.of(url));
            }
        }
    }

    private static boolean hasPrefixedProperty(Element root, String prefix) {
        for (Element element : root.children()) {
            if (propertyClasses(element).stream().anyMatch(p -> p.startsWith(prefix))) {
                return true;
            }
            if (rootTypes(element).isEmpty() && hasPrefixedProperty(element, prefix)) {
                return true;
            }
        }
        return false;
    }

    static List<String> rootTypes(Element element) {
        return classes(element).stream().filter(c -> c.matches("h-[a-z0-9]+(-[a-z]+)*")).distinct().sorted().toList();
    }

    static List<String> propertyClasses(Element element) {
        return classes(element).stream().filter(c -> c.matches("(p|u|dt|e)-[a-z0-9]+(-[a-z]+)*")).distinct().toList();
    }

    private static List<String> classes(Element element) {
        String value = element.attr("class").strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }
}
