import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

public class Bake {
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        System.out.printf("JBake baked %s in %.1f s, errors: %s%n", args[0], (System.nanoTime() - started) / 1e9, oven.getErrors());
    }
}
