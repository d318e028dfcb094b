package dev.colophon.comments.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code colophon comments …}: the comment server's commands; also the standalone jar's entry point. */
@Command(name = "comments", mixinStandardHelpOptions = true, description = "Run and manage the comment server.",
        subcommands = {ServeCommand.class, HashPasswordCommand.class})
public final class CommentsCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new CommentsCommand()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
