package dev.colophon.content;

import java.util.List;
import java.util.stream.Collectors;

/** A build that cannot go on; carries every problem found so the author sees them all at once. */
public final class BuildException extends RuntimeException {
    private final List<Problem> problems;

    public BuildException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public BuildException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
