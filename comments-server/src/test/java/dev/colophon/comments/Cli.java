package dev.colophon.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.cli.CommentsCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code colophon comments …} as the standalone jar does, capturing what it prints. */
public final class Cli {
    private Cli() {
    }

    /** Runs a command that must succeed; returns its standard output and error, in that order. */
    public static String run(String... args) {
        Outcome outcome = execute(args);
        assertThat(outcome.code()).as("exit code of %s; it printed: %s", String.join(" ", args), outcome.err()).isZero();
        return outcome.out() + outcome.err();
    }

    /** Runs a command that must fail; returns what it printed on standard error. */
    public static String fail(String... args) {
        Outcome outcome = execute(args);
        assertThat(outcome.code()).as("exit code of %s", String.join(" ", args)).isNotZero();
        return outcome.err();
    }

    record Outcome(int code, String out, String err) {
    }

    private static synchronized Outcome execute(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine command = CommentsCommand.commandLine();
            command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
            int code = command.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
