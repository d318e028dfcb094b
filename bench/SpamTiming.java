import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.config.SpamConfig;
import dev.colophon.comments.internal.limits.AddressKeys;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.spam.Model;
import dev.colophon.comments.internal.spam.Prior;
import dev.colophon.comments.internal.spam.SpamFilter;
import dev.colophon.comments.internal.spam.Submission;
import dev.colophon.comments.internal.spam.Teacher;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.Status;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What scoring a comment and teaching a decision cost inside the server, without HTTP:
 * java -cp generator/target/colophon.jar bench/SpamTiming.java DB store.json
 */
public class SpamTiming {
    public static void main(String[] args) throws Exception {
        List<String[]> messages = new ArrayList<>();
        for (JsonNode doc : new ObjectMapper().readTree(Files.readString(Path.of(args[1]))).get("docs")) {
            List<String> words = new ArrayList<>();
            doc.get("value").forEach(w -> words.add(w.asText()));
            messages.add(new String[] {doc.get("label").asText(), String.join(" ", words)});
        }
        // the same lessons twice, each into a new database: first in a cold JVM, then as a running server teaches
        long[][] cold = teach(args[0] + ".cold", messages);
        report("teach one decision, in its transaction, cold JVM", cold[0]);
        report("teach one decision, in its transaction, cold JVM, CPU time of its thread", cold[2]);
        long[][] taught = teach(args[0], messages);
        report("teach one decision, in its transaction", taught[0]);
        report("teach one decision, in its transaction, CPU time of its thread (what other processes' load does not add)", taught[2]);
        report("teach one decision, committed (fsync) and read back", taught[1]);
        try (Database db = Database.open(args[0])) {
            VisitorIds ids = new VisitorIds(db, Clock.systemUTC(), new AddressKeys(AddressKeys.file(null, args[0]), Clock.systemUTC()));
            Model model = new Model();
            model.refresh(db.jdbi());
            SpamFilter filter = new SpamFilter(db, ids, model, SpamConfig.defaults());
            int half = messages.size() / 2;
            System.out.printf("model: %d tokens%n", model.size());
            for (int round = 0; round < 3; round++) { // the last round is reported: the JIT has settled
                long[] scoring = new long[messages.size() - half];
                long[] lookUps = new long[messages.size() - half];
                for (int i = half; i < messages.size(); i++) {
                    Submission s = new Submission("default", "/p" + i + "/", messages.get(i)[1], "Reader", null, null, null, false, "x");
                    long started = System.nanoTime();
                    SpamFilter.Known known = filter.lookUp(s);
                    long looked = System.nanoTime();
                    filter.read(s, known);
                    scoring[i - half] = System.nanoTime() - looked;
                    lookUps[i - half] = looked - started;
                }
                if (round == 2) {
                    report("score one comment (tokens, classifier, every signal)", scoring);
                    report("the database look-ups before it (block list, same text elsewhere, the post it is on: one handle, four queries)", lookUps);
                }
            }
        }
    }

    /** Teaches the first half of the corpus into a new database, one decision per transaction: {in transaction, committed} times. */
    static long[][] teach(String path, List<String[]> messages) {
        try (Database db = Database.open(path)) {
            VisitorIds ids = new VisitorIds(db, Clock.systemUTC(), new AddressKeys(AddressKeys.file(null, path), Clock.systemUTC()));
            Model model = new Model();
            SpamFilter filter = new SpamFilter(db, ids, model, SpamConfig.defaults());
            Teacher teacher = new Teacher(db, model, filter, Clock.systemUTC());
            Prior.teachOnce(db, teacher);
            int half = messages.size() / 2;
            long[] inTransaction = new long[half];
            long[] committed = new long[half];
            long[] cpu = new long[half];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < half; i++) {
                String[] m = messages.get(i);
                CommentRow row = new CommentRow(-1 - i, 0, null, 0, Status.PENDING, "Reader", null, null, m[1], "", "", "", 0, 0, null, false);
                int n = i;
                long started = System.nanoTime();
                db.write(handle -> {
                    long begun = System.nanoTime();
                    long cpuBegun = threads.getCurrentThreadCpuTime();
                    teacher.decided(handle, row, m[0].equals("spam") ? Status.SPAM : Status.APPROVED);
                    cpu[n] = threads.getCurrentThreadCpuTime() - cpuBegun;
                    inTransaction[n] = System.nanoTime() - begun;
                    return null;
                });
                teacher.afterCommit();
                committed[i] = System.nanoTime() - started;
            }
            return new long[][] {inTransaction, committed, cpu};
        }
    }

    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.3f ms, p99 %.3f ms, max %.3f ms (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
