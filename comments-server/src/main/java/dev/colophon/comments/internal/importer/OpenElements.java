package dev.colophon.comments.internal.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader that knows which elements are open, so that a file the parser cannot read is refused
 * with the field it broke in ({@code line 8, wp:comment_content: …}), not only its line.
 */
final class OpenElements extends StreamReaderDelegate {
    /** The parser's complaint, with the element it was in (null before the first). */
    static final class Malformed extends XMLStreamException {
        private static final long serialVersionUID = 1L;
        final String field;

        Malformed(XMLStreamException cause, String field) {
            super(cause.getMessage(), cause.getLocation(), cause);
            this.field = field;
        }
    }

    private final Deque<String> open = new ArrayDeque<>();

    OpenElements(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event;
        try {
            event = super.next();
        } catch (Malformed e) {
            throw e;
        } catch (XMLStreamException e) {
            throw new Malformed(e, open.peekLast());
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
            String prefix = getPrefix();
            open.addLast(prefix == null || prefix.isEmpty() ? getLocalName() : prefix + ":" + getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            open.pollLast();
        }
        return event;
    }

    /** Reads to the element's end tag (through {@link #next}, so that what is open stays known). */
    @Override
    public String getElementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.append(getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new Malformed(new XMLStreamException("an element inside a text-only element", getLocation()), open.peekLast());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new Malformed(new XMLStreamException("the export ends inside an element", getLocation()), open.peekLast());
            }
        }
        return text.toString();
    }
}
