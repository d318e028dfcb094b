package dev.colophon.cli;

import dev.colophon.comments.cli.CommentsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code colophon} command: one entry point for building sites and running the comment server. */
@Command(name = "colophon", mixinStandardHelpOptions = true, version = "colophon 0.1.0",
        description = "Static blog generator with self-hosted comments.",
        subcommands = {InitCommand.class, NewCommand.class, BuildCommand.class, MigrateReportCommand.class, ServeCommand.class, StatsCommand.class, ModerateCommand.class, WebmentionCommand.class,
                PublishCommand.class,
                CommentsCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorHandler())
                .execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
