package dev.colophon.comments.internal.webmention.verification;

import org.jsoup.nodes.Element;

/** Property values as the mf2 parsing rules read them from an element, URLs made absolute. */
final class Mf2Values {
    private Mf2Values() {
    }

    static String of(String property, Element element) {
        if (property.startsWith("u-")) {
            return url(element);
        }
        if (property.startsWith("dt-")) {
            for (String attr : new String[] {"datetime", "title", "value"}) {
                if (element.hasAttr(attr) && isOneOf(element, "time", "ins", "del", "abbr", "data", "input")) {
                    return element.attr(attr).strip();
                }
            }
            return element.text().strip();
        }
        return plain(element);
    }

    private static String plain(Element element) {
        if (isOneOf(element, "abbr", "link") && element.hasAttr("title")) {
            return element.attr("title");
        }
        if (isOneOf(element, "data", "input") && element.hasAttr("value")) {
            return element.attr("value");
        }
        if (isOneOf(element, "img", "area") && element.hasAttr("alt")) {
            return element.attr("alt");
        }
        return element.text().strip();
    }

    private static String url(Element element) {
        if (isOneOf(element, "a", "area", "link") && element.hasAttr("href")) {
            return element.absUrl("href");
        }
        if (isOneOf(element, "img", "audio", "video", "source", "iframe") && element.hasAttr("src")) {
            return element.absUrl("src");
        }
        if (element.nameIs("video") && element.hasAttr("poster")) {
            return element.absUrl("poster");
        }
        if (element.nameIs("object") && element.hasAttr("data")) {
            return element.absUrl("data");
        }
        return plain(element);
    }

    static String impliedName(Element root) {
        if (isOneOf(root, "img", "area") && root.hasAttr("alt")) {
            return root.attr("alt");
        }
        if (root.nameIs("abbr") && root.hasAttr("title")) {
            return root.attr("title");
        }
        Element only = onlyChild(root);
        if (only != null && only.nameIs("img") && only.hasAttr("alt") && Mf2Parser.rootTypes(only).isEmpty()) {
            return only.attr("alt");
        }
        return root.text().strip();
    }

    static String impliedPhoto(Element root) {
        if (root.nameIs("img") && root.hasAttr("src")) {
            return root.absUrl("src");
        }
        Element only = onlyChild(root);
        if (only != null && only.nameIs("img") && only.hasAttr("src") && Mf2Parser.rootTypes(only).isEmpty()) {
            return only.absUrl("src");
        }
        return null;
    }

    static String impliedUrl(Element root) {
        if (isOneOf(root, "a", "area") && root.hasAttr("href")) {
            return root.absUrl("href");
        }
        Element only = onlyChild(root);
        if (only != null && only.nameIs("a") && only.hasAttr("href") && Mf2Parser.rootTypes(only).isEmpty()) {
            return only.absUrl("href");
        }
        return null;
    }

    private static Element onlyChild(Element element) {
        return element.childrenSize() == 1 ? element.child(0) : null;
    }

    private static boolean isOneOf(Element element, String... names) {
        for (String name : names) {
            if (element.nameIs(name)) {
                return true;
            }
        }
        return false;
    }
}
