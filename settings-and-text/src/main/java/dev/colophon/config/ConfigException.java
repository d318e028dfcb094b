package dev.colophon.config;

import java.util.List;

/** A configuration file or environment that cannot be used, with every problem found in it. */
public final class ConfigException extends RuntimeException {
    private final List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(Problem problem) {
        this(List.of(problem));
    }

    /** One problem of no file (a flag, a database that cannot be reached): the message says what it is about. */
    public ConfigException(String problem) {
        this(Problem.unlocated(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Each problem as the user reads it: {@code file:line: message}, or the message alone. */
    public List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }
}
