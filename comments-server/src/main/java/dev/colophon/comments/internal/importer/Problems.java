package dev.colophon.comments.internal.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.EOFException;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;

/** Says in our words, with a line when the parser knows it, why an export could not be read. */
final class Problems {
    private Problems() {
    }

    static String describe(Exception e, String source) {
        if (e instanceof XMLStreamException xml) {
            String detail = xml.getMessage() == null ? "" : xml.getMessage().replaceFirst("(?s).*Message: ", "").strip();
            String field = xml instanceof OpenElements.Malformed at && at.field != null ? at.field : null;
            String where = String.join(", ", Stream.of(
                    xml.getLocation() == null ? null : "line " + xml.getLocation().getLineNumber(), field)
                    .filter(Objects::nonNull).toList());
            String line = where.isEmpty() ? "" : where + ": ";
            if (detail.contains("XML document structures must start and end") || detail.contains("ends inside")) {
                return line + "the file ends before the " + source + " export does (cut short?)";
            }
            return line + "not a well-formed " + source + " export (" + detail + ")";
        }
        if (e instanceof JsonProcessingException json) {
            String line = json.getLocation() == null ? "" : "line " + json.getLocation().getLineNr() + ": ";
            String detail = json.getOriginalMessage().replaceAll("(?s)\\s+at \\[Source.*", "");
            if (detail.startsWith("Unexpected end-of-input")) {
                return line + "the file ends before the " + source + " export does (cut short?)";
            }
            return line + "not valid JSON for a " + source + " export (" + detail + ")";
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return "the compressed file is cut short or damaged (" + e.getMessage() + ")";
        }
        return "not a readable " + source + " export (" + e + ")";
    }
}
