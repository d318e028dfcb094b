package dev.colophon.comments.cli;

import dev.colophon.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code colophon comments …}: the comment server's commands; also the standalone jar's entry point. */
@Command(name = "comments", mixinStandardHelpOptions = true, description = "Run and manage the comment server.",
        subcommands = {ServeCommand.class, HashPasswordCommand.class, ImportCommand.class, ExportCommand.class,
                BackupCommand.class, MigrateCommand.class})
public final class CommentsCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as the standalone jar runs it: a setting or input problem is printed, and exits 1. */
    public static CommandLine commandLine() {
        return new CommandLine(new CommentsCommand())
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (!(e instanceof ConfigException config)) {
                        throw e;
                    }
                    config.problems().forEach(p -> command.getErr().println("error: " + p));
                    return 1;
                });
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
