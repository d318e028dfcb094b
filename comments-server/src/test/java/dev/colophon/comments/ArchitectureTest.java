package dev.colophon.comments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The server's shape, checked on its compiled classes (docs/architecture.md): HTTP (routes, JSON, error
 * mapping) above the services, the services above the store, and no feature reaching back up.
 */
@AnalyzeClasses(packages = "dev.colophon.comments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages that serve the features without knowing HTTP; a feature's {@code internal} package is part of it. */
    private static final String[] SERVICES = {
        "dev.colophon.comments.internal.thread..", "dev.colophon.comments.internal.moderation..", "dev.colophon.comments.internal.notify..",
        "dev.colophon.comments.internal.spam..", "dev.colophon.comments.internal.stats..", "dev.colophon.comments.internal.share..",
        "dev.colophon.comments.internal.search..", "dev.colophon.comments.internal.webmention..", "dev.colophon.comments.internal.render..",
        "dev.colophon.comments.internal.feed..", "dev.colophon.comments.internal.importer..", "dev.colophon.comments.internal.portability..",
        "dev.colophon.comments.internal.limits..", "dev.colophon.comments.internal.errors..", "dev.colophon.comments.internal.store..",
        "dev.colophon.comments.config..", "dev.colophon.comments.internal.worker..", "dev.colophon.comments.internal.text..",
        "dev.colophon.comments.internal.activitypub..",
    };
    private static final String ROOT = "dev.colophon.comments";

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles = slices()
            .matching("dev.colophon.comments.(*)..").namingSlices("$1")
            .should().beFreeOfCycles();

    /** Inside a feature too: its package and its {@code internal} package point one way, down to the internal one. */
    @ArchTest
    static final ArchRule noPackageDependsOnItselfThroughOthers = slices()
            .matching("dev.colophon.comments.(**)").namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicesNeverUseHttpTypes = noClasses()
            .that().resideInAnyPackage(SERVICES).and().resideOutsideOfPackage("dev.colophon.comments.internal.activitypub.http..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..", "dev.colophon.comments.internal.api..")
            .because("services throw domain errors (errors.Refused and their own); the HTTP layer maps them to answers");

    @ArchTest
    static final ArchRule theStoreKnowsNoFeature = noClasses()
            .that().resideInAPackage("dev.colophon.comments.internal.store..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES[0], SERVICES[1], SERVICES[2], SERVICES[3],
                    SERVICES[4], SERVICES[5], SERVICES[6], SERVICES[7], SERVICES[8])
            .because("the store is the bottom layer: DAOs and rows, used by the services");

    @ArchTest
    static final ArchRule aFeaturesInternalPackageServesOnlyThatFeatureAndTheAssembly = classes()
            .that().resideInAPackage("dev.colophon.comments.*.internal..")
            .should(beUsedOnlyByTheirFeatureOrTheAssembly())
            .because("as in Jdbi, an internal package is what its feature needs and nobody else may rely on");

    /** The top-level feature a class belongs to ({@code spam} for {@code spam.internal.Tokens}), or "" for the root. */
    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (name.equals(ROOT) || !name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beUsedOnlyByTheirFeatureOrTheAssembly() {
        return new ArchCondition<>("be used only by their own feature or the assembly point (the root package)") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                for (Dependency use : internal.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    boolean allowed = user.getPackageName().equals(ROOT) || featureOf(user).equals(featureOf(internal));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }
}
