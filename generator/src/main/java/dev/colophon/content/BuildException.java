package dev.colophon.content;

import dev.colophon.config.Problem;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A build that cannot go on; carries every problem found so the author sees them all at once. */
public final class BuildException extends RuntimeException {
    private static final Comparator<Problem> BY_FILE_AND_LINE =
            Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line);
    private final List<Problem> problems;

    /** The problems are kept sorted by file and line, the order in which a writer goes through them. */
    public BuildException(List<Problem> problems) {
        this(problems.stream().sorted(BY_FILE_AND_LINE).toList(), true);
    }

    private BuildException(List<Problem> sorted, boolean unused) {
        super(sorted.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(sorted);
    }

    public BuildException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
