package dev.colophon.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.gfm.users.GfmUsersExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.ast.Paragraph;
import dev.colophon.text.FlexmarkInlineParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders author Markdown (GFM and friends) to HTML; one instance is shared by all rendering threads. */
public final class MarkdownRenderer {
    /** Hugo's {@code <!--more-->}, Zola's {@code <!-- more -->}. */
    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->");
    private static final int DESCRIPTION_LENGTH = 200;

    private final Parser parser;
    /**
     * The same parser without tables, for a text without a {@code |}, which no table can do without:
     * the tables' paragraph pre-processor looks at every paragraph and compiles a pattern for every
     * document, 2.5% of a cold build where most posts have no table.
     */
    private final Parser parserWithoutTables;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(boolean highlightCode) {
        this(highlightCode, MarkdownOptions.standard());
    }

    public MarkdownRenderer(boolean highlightCode, MarkdownOptions site) {
        this(highlightCode, site, true);
    }

    /** With {@code deferText} false, every text goes through flexmark's writer (for the tests that compare). */
    MarkdownRenderer(boolean highlightCode, MarkdownOptions site, boolean deferText) {
        this.deferText = deferText;
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                new QuickAutolinkExtension(), FootnoteExtension.create(), AnchorLinkExtension.create(),
                TocExtension.create(), new PlainTextExtension(), new AccessibleMarkup()));
        if (site.attributes()) {
            extensions.add(AttributesExtension.create()); // kramdown's {: #id .class}, rewritten by KramdownAttributes
        }
        if (site.emoji()) {
            extensions.add(EmojiNames.create());
        }
        if (!site.mentionsBase().isEmpty()) {
            extensions.add(GfmUsersExtension.create());
        }
        if (highlightCode) {
            extensions.add(new HighlightExtension(new CodeHighlighter()));
        }
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
                .set(GfmUsersExtension.GIT_HUB_USERS_URL_ROOT, site.mentionsBase())
                .set(GfmUsersExtension.GIT_HUB_USER_HTML_PREFIX, "")
                .set(GfmUsersExtension.GIT_HUB_USER_HTML_SUFFIX, "")
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>")
                // HTML allows no readonly on checkboxes; disabled says it, and a label names the state
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"Done\">&nbsp;")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"Not done\">&nbsp;")
                .set(TocExtension.LEVELS, 0b1110)
                .set(TocExtension.TITLE, "Contents")
                .set(TocExtension.TITLE_LEVEL, 2)
                .set(TocExtension.DIV_CLASS, "toc")
                .set(TablesExtension.CLASS_NAME, "table")
                // GitHub's table rules rather than flexmark's stricter defaults
                .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = FlexmarkInlineParser.install(Parser.builder(options), options).build();
        MutableDataSet withoutTables = new MutableDataSet(options).set(Parser.EXTENSIONS,
                extensions.stream().filter(e -> !(e instanceof TablesExtension)).toList());
        this.parserWithoutTables = FlexmarkInlineParser.install(Parser.builder(withoutTables), withoutTables).build();
        HtmlRenderer.Builder html = HtmlRenderer.builder(options);
        if (!site.headingIds().equals("github")) {
            html.htmlIdGeneratorFactory(new HeadingIds(site.headingIds()));
        }
        this.renderer = html.build();
        this.kramdown = site.attributes();
    }

    private final boolean kramdown;
    private final boolean deferText;

    public RenderedMarkdown render(String markdown, boolean withToc) {
        return render(markdown, withToc, null);
    }

    /**
     * Renders a body. A summary the author wrote ({@code summary:} in front matter) is used for lists as
     * it is, as Hugo does, which also saves rendering a second fragment.
     */
    public RenderedMarkdown render(String markdown, boolean withToc, String authoredSummary) {
        String body = kramdown ? KramdownAttributes.rewrite(markdown) : markdown;
        String source = withToc ? "[TOC]\n\n" + body : body;
        Document document = parse(source);
        String html = html(document, document);
        int more = body.contains("<!--") ? moreAt(body) : -1;
        String summaryHtml;
        String summaryText;
        if (authoredSummary != null && more < 0) {
            summaryHtml = "<p>" + CodeHighlighter.escape(authoredSummary.strip()) + "</p>";
            summaryText = authoredSummary;
        } else if (more >= 0) {
            String summary = body.substring(0, more);
            Document head = parse(summary);
            summaryHtml = html(head, head);
            summaryText = text(head, summaryHtml);
        } else {
            Node first = firstParagraph(document);
            summaryHtml = first == null ? "" : html(first, document);
            summaryText = first == null ? "" : text(first, summaryHtml);
        }
        return new RenderedMarkdown(html, Summaries.cleanHtml(summaryHtml).strip(), shorten(Summaries.cleanText(summaryText)), countWords(html));
    }

    private Document parse(String markdown) {
        Document document = parserFor(markdown).parse(markdown);
        if (deferText) {
            DeferredText.start(document, markdown);
        }
        return document;
    }

    private String html(Node node, Document document) {
        String html = renderer.render(node);
        DeferredText deferred = DeferredText.of(document);
        return deferred == null ? html : deferred.fill(html);
    }

    private Parser parserFor(String markdown) {
        return markdown.indexOf('|') < 0 ? parserWithoutTables : parser;
    }

    private static int moreAt(String markdown) {
        Matcher m = MORE.matcher(markdown);
        return m.find() ? m.start() : -1;
    }

    private static Node firstParagraph(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                return node;
            }
        }
        return null;
    }

    /**
     * The plain text of a summary. Flexmark's text collector throws on a few inputs (an indented fence
     * with a blank line and an {@code &}: its segment builder finds two ranges overlapping), which would
     * fail the post's build; those take the text of the rendered summary instead.
     */
    private static String text(Node node, String html) {
        try {
            return new TextCollectingVisitor().collectAndGetText(node);
        } catch (IllegalStateException e) {
            return org.jsoup.Jsoup.parseBodyFragment(html).text();
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= DESCRIPTION_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', DESCRIPTION_LENGTH);
        return oneLine.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH) + "…";
    }

    /** Counts words in rendered HTML, skipping tags: cheaper than collecting the text of the tree. */
    private static int countWords(String html) {
        byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // one byte a char; plain loop
        int words = 0;
        boolean inWord = false;
        boolean inTag = false;
        for (byte b : bytes) {
            if (b == '<') {
                inTag = true;
                inWord = false;
            } else if (b == '>') {
                inTag = false;
            } else if (!inTag) {
                boolean letter = b != ' ' && b != '\n' && b != '\t' && b != '\r';
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }
}
