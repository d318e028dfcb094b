package dev.colophon.comments;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server's shape, checked on its compiled classes (docs/architecture.md): a small public surface, and
 * everything else in {@code internal}, as in Jdbi; HTTP (routes, JSON, error mapping) above the services,
 * the services above the store, and no feature reaching back up.
 */
@AnalyzeClasses(packages = "dev.colophon.comments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "dev.colophon.comments";
    private static final String INTERNAL = ROOT + ".internal";

    /**
     * What the generator (the CLI and the preview) and anyone embedding the server may use: the server and
     * its plugin, the widget's version, admin passwords, a site served beside the API, the typed settings,
     * and the {@code colophon comments} command. Nothing else outside {@code internal} is public.
     */
    private static final DescribedPredicate<JavaClass> PUBLIC_SURFACE = resideInAPackage(ROOT + ".config")
            .or(nameMatching(ROOT + "\\.(CommentServer|CommentServerPlugin|Embed|SiteBeside|AdminPassword)"))
            .or(nameMatching(ROOT + "\\.cli\\.CommentsCommand"))
            .as("the public surface (CommentServer, CommentServerPlugin, Embed, SiteBeside, AdminPassword, config, cli.CommentsCommand)");

    /** The HTTP layer: routes, JSON, error mapping, and what it serves as it is (dashboard, widget, metrics). */
    private static final String[] HTTP = Stream.of("api", "activitypub.http", "dashboard", "embed", "metrics")
            .map(feature -> INTERNAL + "." + feature + "..").toArray(String[]::new);
    /** The HTTP layer and the libraries only it may use. */
    private static final String[] HTTP_TYPES = Stream.concat(Stream.of("io.javalin..", "jakarta.servlet.."), Stream.of(HTTP))
            .toArray(String[]::new);

    @ArchTest
    static final ArchRule onlyThePublicSurfaceIsPublic = classes()
            .that().arePublic().and().areTopLevelClasses().and().resideOutsideOfPackage(INTERNAL + "..")
            .should(beIn(PUBLIC_SURFACE))
            .because("as in Jdbi, what is not the API lives in internal; a public type elsewhere is a promise to its users");

    @ArchTest
    static final ArchRule thePublicSurfaceExposesNoInternalType = classes()
            .that(PUBLIC_SURFACE).and().arePublic()
            .should(exposeNoTypeOf(INTERNAL))
            .because("a user of the surface must not need a type that may change without notice");

    /**
     * The surface packages and each feature under {@code internal} (with its subpackages, as in Jdbi, where a
     * subpackage serves the package above it) are slices; no slice depends on itself through others.
     */
    @ArchTest
    static final ArchRule theSurfaceAndTheFeaturesFormNoCycle = slices()
            .assignedFrom(surfaceAndFeatures())
            .should().beFreeOfCycles();

    /** At any depth too: inside a feature, its package and its subpackages point one way, down. */
    @ArchTest
    static final ArchRule noPackageDependsOnItselfThroughOthers = slices()
            .matching(ROOT + ".(**)").namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicesNeverUseHttpTypes = noClasses()
            .that().resideInAnyPackage(INTERNAL + "..", ROOT + ".config..").and().resideOutsideOfPackages(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP_TYPES)
            .because("services throw domain errors (errors.Refused and their own); the HTTP layer maps them to answers");

    @ArchTest
    static final ArchRule theStoreUsesNoOtherPackageOfTheServer = noClasses()
            .that().resideInAPackage(INTERNAL + ".store..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(INTERNAL + ".store..")))
            .because("the store is the bottom layer: DAOs and rows, used by the services");

    @ArchTest
    static final ArchRule aFeaturesSubpackageServesOnlyThatFeatureAndTheAssembly = classes()
            .that().resideInAPackage(INTERNAL + ".*.*..")
            .should(beUsedOnlyByTheirFeatureOrTheAssembly())
            .because("a feature's subpackage (internal.spam.tokens, internal.activitypub.protocol, ...) is what that feature needs");

    /** {@code internal.thread} for everything under it, else the package itself: (root), config, cli. */
    private static SliceAssignment surfaceAndFeatures() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (name.startsWith(INTERNAL + ".")) {
                    return SliceIdentifier.of("internal." + featureOf(type));
                }
                if (name.equals(ROOT)) {
                    return SliceIdentifier.of("(root)");
                }
                return name.startsWith(ROOT + ".") ? SliceIdentifier.of(name.substring(ROOT.length() + 1)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the surface packages and the features under internal";
            }
        };
    }

    /** The feature a class under {@code internal} belongs to ({@code spam} for {@code internal.spam.tokens.Tokens}), else "". */
    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(INTERNAL + ".")) {
            return "";
        }
        String rest = name.substring(INTERNAL.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beIn(DescribedPredicate<JavaClass> surface) {
        return new ArchCondition<>("be " + surface.getDescription() + ", or package-private, or in internal") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!surface.test(type)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is public outside internal"));
                }
            }
        };
    }

    /** Public constructors, methods and fields: the types they take, return, throw or hold, type arguments included. */
    private static ArchCondition<JavaClass> exposeNoTypeOf(String internalPackage) {
        return new ArchCondition<>("take, return, throw and hold no type of " + internalPackage + " in public members") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                        List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                        types.add(unit.getReturnType());
                        unit.getThrowsClause().getTypes().forEach(types::add);
                        report(unit.getFullName(), types, events, type);
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
                        report(field.getFullName(), List.of(field.getType()), events, type);
                    }
                }
            }

            private void report(String member, List<JavaType> types, ConditionEvents events, JavaClass owner) {
                types.stream().flatMap(t -> t.getAllInvolvedRawTypes().stream())
                        .filter(t -> t.getPackageName().startsWith(internalPackage)).distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(owner, member + " exposes " + t.getName())));
            }
        };
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
