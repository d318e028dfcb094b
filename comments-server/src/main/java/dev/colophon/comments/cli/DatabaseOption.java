package dev.colophon.comments.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option the maintenance commands share, with the server's default. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH_OR_JDBC_URL",
            description = "The comment server's database (default: $COLOPHON_DATABASE, else data/comments.db).")
    String database;

    String location() {
        return database != null ? database : System.getenv().getOrDefault("COLOPHON_DATABASE", "data/comments.db");
    }
}
