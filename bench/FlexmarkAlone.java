import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor under a cold build: Flexmark alone turning every post of a corpus into HTML on all cores,
 * in a fresh JVM, with nothing else (no front matter, templates, feeds or files written).
 * Usage: java -cp generator/target/colophon.jar bench/FlexmarkAlone.java DIR [core|gfm|parse]
 */
public class FlexmarkAlone {
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String mode = args.length > 1 ? args[1] : "gfm";
        MutableDataSet options = new MutableDataSet().set(HtmlRenderer.GENERATE_HEADER_ID, true);
        if (!mode.equals("core")) {
            options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                    AnchorLinkExtension.create(), TocExtension.create()));
        }
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).toList();
        }
        long chars = files.parallelStream().mapToLong(file -> {
            try {
                String text = Files.readString(file);
                int header = text.indexOf("\n~~~~~~\n"); // a JBake header would read as an unclosed code fence
                String body = header >= 0 ? text.substring(header + 8) : text;
                var document = parser.parse(body);
                return mode.equals("parse") ? document.getTextLength() : renderer.render(document).length();
            } catch (Exception e) {
                throw new IllegalStateException(file.toString(), e);
            }
        }).sum();
        System.out.printf("Flexmark (%s) %,d files, %,d chars out: %.2f s in main, %.2f s since JVM start%n", mode,
                files.size(), chars, (System.nanoTime() - started) / 1e9, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
    }
}
