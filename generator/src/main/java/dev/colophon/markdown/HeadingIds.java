package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids as the generator a site came from makes them, so that in-page links keep working:
 * goldmark's (Hugo) and GitHub's, kramdown's (Jekyll) or Zola's slugify. A second heading of the
 * same text gets {@code -1}, {@code -2}.
 */
final class HeadingIds implements HeaderIdGeneratorFactory {
    private final String style;

    HeadingIds(String style) {
        this.style = style;
    }

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return create();
    }

    @Override
    public HtmlIdGenerator create() {
        return style.equals("github") ? new HeaderIdGenerator.Factory().create() : new Generator();
    }

    private final class Generator implements HtmlIdGenerator {
        private final Map<Node, String> ids = new HashMap<>();

        @Override
        public void generateIds(Document document) {
            Map<String, Integer> seen = new HashMap<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading heading) {
                    String base = id(new TextCollectingVisitor().collectAndGetText(heading));
                    Integer count = seen.merge(base, 1, Integer::sum) - 1;
                    String id = count == 0 ? base : base + "-" + count;
                    ids.put(heading, id);
                    heading.setAnchorRefId(id); // the table of contents links by it
                }
            }
        }

        @Override
        public String getId(Node node) {
            return ids.get(node);
        }

        @Override
        public String getId(CharSequence text) {
            return id(text.toString());
        }
    }

    String id(String text) {
        return style.equals("kramdown") ? kramdown(text) : zola(text);
    }

    /** kramdown's auto_ids: leading non-letters go, then all but letters, digits, spaces and dashes; spaces become dashes. */
    static String kramdown(String text) {
        String id = text.replaceFirst("^[^a-zA-Z]+", "").replaceAll("[^a-zA-Z0-9 -]", "").replace(' ', '-').toLowerCase(Locale.ROOT);
        return id.isEmpty() ? "section" : id;
    }

    /** Zola's slugify: accents and symbols as ASCII, lower case, runs of anything else one dash. */
    static String zola(String text) {
        String named = net.fellbaum.jemoji.EmojiManager.containsAnyEmoji(text)
                ? net.fellbaum.jemoji.EmojiManager.replaceAllEmojis(text, e -> " " + e.getDescription() + " ") : text; // deunicode names them
        String ascii = Normalizer.normalize(named, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "_" : id;
    }
}
