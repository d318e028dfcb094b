package dev.colophon.build;

import dev.colophon.config.Problem;
import dev.colophon.markdown.Shortcodes;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pass every Markdown body of another generator goes through before Markdown, a post's, a page's
 * or a section's {@code _index.md}: its shortcodes, includes and Liquid expanded, and what is not
 * converted a warning naming the file and the line, so that nothing is dropped silently.
 */
final class ShortcodePass {
    private final Shortcodes builtIn;

    ShortcodePass(Shortcodes builtIn) {
        this.builtIn = builtIn;
    }

    /**
     * Expands {@code body}, which starts at line {@code bodyLine} of {@code file}, with the shortcodes
     * {@code forPage} gives (the page's variables, the site's templates): made only when there is work.
     */
    Shortcodes.Result expand(Path file, int bodyLine, String body, Supplier<Shortcodes> forPage, List<Problem> warnings) {
        Shortcodes.Result source;
        try {
            source = Shortcodes.hasWork(body) ? forPage.get().expand(body) : Shortcodes.Result.unchanged(body);
        } catch (IllegalArgumentException e) { // a site shortcode's template failed: the page is built without the site's templates
            warnings.add(new Problem(file, bodyLine, e.getMessage(), "shortcode"));
            source = builtIn.expand(body);
        }
        // once each, though a Liquid loop repeats it
        source.unsupported().stream().distinct().forEach(s -> warnings.add(new Problem(file, bodyLine + s.line() - 1,
                "shortcode " + s.shortcode() + " has no template and is left out of the page (an HTML comment marks its place);"
                        + " port it to templates/shortcodes/, or replace it with Markdown or HTML",
                s.shortcode().startsWith("{%") ? "liquid" : "shortcode")));
        source.leftOut().stream().distinct().forEach(l -> warnings.add(new Problem(file, bodyLine + l.line() - 1,
                l.statement().strip() + " is left out: " + l.why(), "liquid")));
        source.approximated().stream().distinct().forEach(a -> warnings.add(new Problem(file, bodyLine + a.line() - 1,
                "shortcode " + a.shortcode() + " " + a.how(), "approximated")));
        return source;
    }

    /** A {@code residue} warning for the first template tag left in the rendered HTML outside code, if any. */
    static void checkResidue(Path file, String html, List<String> literal, List<Problem> warnings) {
        PeerContent.residue(html, literal).ifPresent(line -> warnings.add(new Problem(file, 0,
                "template syntax is left in the page: " + line, "residue")));
    }
}
