package dev.colophon.comments.cli;

import dev.colophon.comments.internal.moderation.PasswordHasher;
import java.io.Console;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code colophon comments hash-password}: reads a password and prints the hash for admin_password_hash. */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = "Read a password (prompt or standard input) and print its hash for admin_password_hash.")
final class HashPasswordCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        Console console = System.console();
        String password = console != null
                ? new String(console.readPassword("Admin password: "))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.length() < 10) {
            System.err.println("error: use a password of at least 10 characters");
            return 1;
        }
        System.out.println(PasswordHasher.hash(password));
        return 0;
    }
}
