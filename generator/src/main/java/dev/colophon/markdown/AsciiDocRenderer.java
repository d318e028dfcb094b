package dev.colophon.markdown;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Renders AsciiDoc (JBake's {@code .adoc} content) with Asciidoctor, as JBake does, so headings keep
 * Asciidoctor's ids ({@code _getting_started}). Its JRuby runtime takes seconds to start: it starts
 * on the first AsciiDoc page of a build, never for a site without one; one page renders at a time.
 */
public final class AsciiDocRenderer implements AutoCloseable {
    private Asciidoctor asciidoctor;

    /** The body's HTML; SAFE mode, as a site's content may not include files from outside the site. */
    public synchronized String render(String body) {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
        }
        Options options = Options.builder().safe(SafeMode.SAFE).standalone(false)
                .attributes(Attributes.builder().showTitle(false).sourceHighlighter("").build()).build();
        return asciidoctor.convert(body, options);
    }

    @Override
    public synchronized void close() {
        if (asciidoctor != null) {
            asciidoctor.shutdown();
            asciidoctor = null;
        }
    }
}
