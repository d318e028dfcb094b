package dev.colophon.cli;

import dev.colophon.build.BuildReport;
import dev.colophon.config.ConfigException;
import dev.colophon.content.BuildException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints problems users can act on as plain lines, and keeps stack traces for real bugs. */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        if (e instanceof BuildException build) {
            build.problems().forEach(p -> err.println("error: " + p));
            err.println("Build failed with " + BuildReport.count(build.problems().size(), "problem") + "; nothing was published.");
        } else if (e instanceof ConfigException config) {
            config.problems().forEach(p -> err.println("error: " + p));
        } else if (e instanceof UserError user) {
            err.println("error: " + user.getMessage());
        } else {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }
}
