package dev.colophon.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's shape, as rules that fail the build when broken (docs/architecture.md): the pipeline
 * needs nothing of the comment server, and no two packages need each other.
 */
class GeneratorArchitectureTest {
    /** From a source file to a published page; only {@code cli} and {@code preview} may use the server. */
    static final String[] PIPELINE = {"dev.colophon.content..", "dev.colophon.markdown..", "dev.colophon.site..",
        "dev.colophon.template..", "dev.colophon.output..", "dev.colophon.publish..", "dev.colophon.build..",
        "dev.colophon.search..", "dev.colophon.webmention..", "dev.colophon.settings.."};

    /** The comment server and the libraries only it needs: HTTP, SQL, migrations, pooling, drivers, mail. */
    static final String[] SERVER = {"dev.colophon.comments..", "io.javalin..", "org.eclipse.jetty..", "org.jdbi..",
        "org.flywaydb..", "com.zaxxer..", "org.sqlite..", "org.postgresql..", "jakarta.mail..", "org.eclipse.angus.."};

    /**
     * The comment server's public surface: {@code CommentServer} and the little beside it in its root
     * package (the embed version, admin passwords, a site served beside the API), the typed settings
     * ({@code config}), and the {@code colophon comments} command.
     */
    static final DescribedPredicate<JavaClass> SURFACE = resideInAnyPackage("dev.colophon.comments", "dev.colophon.comments.config")
            .or(name("dev.colophon.comments.cli.CommentsCommand")).as("the comment server's public surface");

    static JavaClasses generator;

    @BeforeAll
    static void importTheGeneratorsClasses() {
        // the generator's own classes only: the server's and settings-and-text's are other modules
        generator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/generator/target/classes/"))
                .importPackages("dev.colophon");
    }

    @Test
    void thePipelineNeverUsesTheCommentServerOrItsLibraries() {
        noClasses().that().resideInAnyPackage(PIPELINE)
                .should().dependOnClassesThat().resideInAnyPackage(SERVER)
                .because("a site builds with the pipeline alone; only the CLI and the preview start a comment server")
                .check(generator);
    }

    @Test
    void noTwoPackagesOfTheGeneratorDependOnEachOther() {
        slices().matching("dev.colophon.(*)..").should().beFreeOfCycles().check(generator);
    }

    @Test
    void theCliAndThePreviewUseOnlyTheCommentServersPublicSurface() {
        noClasses().that().resideInAnyPackage("dev.colophon.cli..", "dev.colophon.preview..")
                .should().dependOnClassesThat(resideInAPackage("dev.colophon.comments..").and(DescribedPredicate.not(SURFACE)))
                .because("the server's HTTP internals, services and store may change without the generator noticing")
                .check(generator);
    }
}
