package dev.colophon.comments.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, checked as far as a machine without Docker can: two stages, the build stage runs the
 * launcher's own Maven command on files that exist, the image runs the jar the README runs, as a user
 * that is not root. (bench/dockerfile-build.sh replays the build stage and compares the jars.)
 */
class DockerfileTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(ROOT.resolve(file)).stream().map(String::strip).filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void theBuildStageRunsTheLaunchersMavenCommandOnFilesThatExist() throws Exception {
        List<String> docker = lines("Dockerfile");
        assertThat(docker.stream().filter(l -> l.startsWith("FROM "))).hasSize(2).first().asString().endsWith(" AS build");
        String launcherBuild = lines("colophon").stream().map(l -> l.replaceFirst("^.*?(mvn [^|]*package).*$", "$1"))
                .filter(l -> l.startsWith("mvn ")).findFirst().orElseThrow().replace("\"$here/pom.xml\"", "pom.xml");
        String dockerBuild = docker.stream().filter(l -> l.startsWith("RUN mvn ")).findFirst().orElseThrow().substring(4);
        assertThat(dockerBuild).isEqualTo(launcherBuild);
        docker.stream().filter(l -> l.startsWith("COPY ") && !l.startsWith("COPY --from")).map(l -> l.split("\\s+")[1])
                .forEach(source -> assertThat(ROOT.resolve(source)).exists());
    }

    @Test
    void theImageRunsTheReadmesJarAsAnUnprivilegedUser() throws Exception {
        List<String> docker = lines("Dockerfile");
        String readme = Files.readString(ROOT.resolve("README.md"));
        String copied = docker.stream().filter(l -> l.startsWith("COPY --from=build ")).findFirst().orElseThrow().split("\\s+")[2];
        assertThat(copied).isEqualTo("/src/comments-server/target/colophon-comments.jar");
        assertThat(readme).contains("comments-server/target/colophon-comments.jar serve");
        String user = docker.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5);
        assertThat(user).isNotIn("root", "0");
        int userLine = docker.indexOf("USER " + user);
        assertThat(docker.subList(userLine, docker.size())).anyMatch(l -> l.startsWith("ENTRYPOINT ") && l.contains("colophon-comments.jar"));
        assertThat(docker).contains("VOLUME /var/lib/colophon");
    }
}
