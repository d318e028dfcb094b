import dev.colophon.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor under any cold build: the same clean build (no cache, new output folder) repeated in one
 * JVM, so that later rounds run fully compiled code. What a round still costs is work, not warm-up.
 * Usage: java [JVM flags] -cp generator/target/colophon.jar bench/RepeatedBuilds.java SITE ROUNDS
 */
public class RepeatedBuilds {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path scratch = Files.createTempDirectory("colophon-rounds");
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime();
            int exit = Main.run("build", "--source", site.toString(), "--output", scratch.resolve("out" + round).toString(),
                    "--no-cache");
            System.err.printf("round %d: %.2f s%s%n", round, (System.nanoTime() - started) / 1e9, exit == 0 ? "" : " (failed)");
        }
        // Outputs stay until the end: deleting them between rounds would slow the next round's file creation.
        System.err.println("outputs left in " + scratch + " (delete when done)");
    }
}
