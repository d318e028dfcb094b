package dev.colophon.comments.internal.importer;

/** An export that cannot be imported as it is: says where (line, field) and what is wrong; nothing was written. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    /** A problem at a line of the file, in a field such as {@code comments[3].author}. */
    public static ImportException at(long line, String field, String problem) {
        return new ImportException("line " + line + (field == null ? "" : ", " + field) + ": " + problem);
    }
}
