package dev.colophon.cli;

import dev.colophon.resources.Bundled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colophon init DIR}: a new site that builds at once. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new site in DIR.")
final class InitCommand implements Callable<Integer> {
    private static final List<String> STARTER = List.of("site.yml", "posts/welcome.md", "pages/about.md", "static/.keep");

    @Parameters(paramLabel = "DIR", description = "Folder for the new site (must be empty or absent).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new UserError(dir + " already exists and is not empty; choose a new folder");
        }
        String today = LocalDate.now().toString();
        for (String name : STARTER) {
            Path target = dir.resolve(name.equals("posts/welcome.md") ? "posts/" + today + "-welcome.md" : name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, Bundled.text("/starter/" + name).replace("{{today}}", today));
        }
        // The built site and the preview's private data (comments, admin password hash) stay out of git.
        Files.writeString(dir.resolve(".gitignore"), "# Built by 'colophon build'\n/public/\n"
                + "# The preview's comment database, admin password hash and build cache: private\n/.colophon/\n");
        System.out.println("Created a new site in " + dir + " (" + (STARTER.size() + 1) + " files); build it with: colophon build --source " + dir);
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
