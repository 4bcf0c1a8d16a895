package galley;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import galley.cli.Galley;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The shape of the code that docs/architecture.md describes, checked so that it stays true. */
class ArchitectureTest {

    private static final String[] STAGES = {"galley.read..", "galley.assets..", "galley.text..", "galley.font..",
            "galley.layout..", "galley.pdf..", "galley.epub..", "galley.site..", "galley.cover..", "galley.build..",
            "galley.cli.."};

    // the stages a build runs, which know nothing of the run itself
    private static final String[] WORKERS = {"galley.read..", "galley.assets..", "galley.text..", "galley.font..",
            "galley.layout..", "galley.pdf..", "galley.epub..", "galley.site..", "galley.cover..", "galley.i18n.."};

    // the stages whose units of work the pipeline schedules
    private static final String[] UNIT_STAGES = {"galley.read..", "galley.layout..", "galley.pdf..", "galley.epub.."};

    private static JavaClasses galley;

    @BeforeAll
    static void importClasses() {
        // Galley's own classes only, from where they were compiled: scanning every jar on the class path
        // for the package took most of the test's half minute
        galley = new ClassFileImporter().importLocations(Set.of(Location.of(Galley.class.getProtectionDomain()
                .getCodeSource().getLocation())));
    }

    @Test
    void modelAndDiagnosticsDependOnNoStage() {
        noClasses().that().resideInAnyPackage("galley.model..", "galley.diagnostic..")
                .should().dependOnClassesThat().resideInAnyPackage(STAGES)
                .orShould().dependOnClassesThat().resideInAPackage("galley.i18n..")
                .check(galley);
    }

    @Test
    void theWordsKnowOnlyTheModel() {
        noClasses().that().resideInAPackage("galley.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage(STAGES)
                .orShould().dependOnClassesThat().resideInAPackage("galley.diagnostic..")
                .check(galley);
    }

    @Test
    void assetsAndTextKnowOnlyTheModel() {
        noClasses().that().resideInAnyPackage("galley.assets..", "galley.text..")
                .should().dependOnClassesThat().resideInAnyPackage("galley.read..", "galley.font..", "galley.layout..",
                        "galley.pdf..", "galley.epub..", "galley.site..", "galley.build..", "galley.cli..")
                .check(galley);
    }

    @Test
    void theWritersKnowNothingOfEachOtherNorOfTheReaderOrTheRun() {
        noClasses().that().resideInAPackage("galley.epub..")
                .should().dependOnClassesThat().resideInAnyPackage("galley.pdf..", "galley.site..", "galley.layout..",
                        "galley.read..", "galley.build..", "galley.cli..")
                .check(galley);
        noClasses().that().resideInAPackage("galley.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("galley.epub..", "galley.site..", "galley.read..",
                        "galley.build..", "galley.cli..")
                .check(galley);
        noClasses().that().resideInAPackage("galley.site..")
                .should().dependOnClassesThat().resideInAnyPackage("galley.epub..", "galley.pdf..", "galley.read..",
                        "galley.build..", "galley.cli..")
                .check(galley);
    }

    @Test
    void theLayoutIsPlainDataWithoutAPdfLibrary() {
        noClasses().that().resideInAnyPackage("galley.layout..", "galley.text..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..", "galley.pdf..",
                        "galley.epub..", "galley.read..", "galley.build..", "galley.cli..")
                .check(galley);
    }

    @Test
    void flexmarkAndJsoupStayInsideTheReader() {
        noClasses().that().resideOutsideOfPackage("galley.read..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..", "org.jsoup..")
                .check(galley);
    }

    @Test
    void theSvgRendererStaysInsideAssets() {
        // every SVG reaches JSVG only through galley.assets.SvgDrawing, after SvgSanitiser has cleaned it
        noClasses().that().resideOutsideOfPackage("galley.assets..")
                .should().dependOnClassesThat().resideInAPackage("com.github.weisj.jsvg..")
                .check(galley);
    }

    @Test
    void theStagesKnowNothingOfTheRunNorKeepAnythingForIt() {
        noClasses().that().resideInAnyPackage(WORKERS)
                .should().dependOnClassesThat().resideInAnyPackage("galley.build..", "galley.cli..")
                .because("the build owns the run: its threads and every cache kept from one build to the next")
                .check(galley);
        noClasses().that().resideOutsideOfPackage("galley.build..")
                .should().haveSimpleNameContaining("Cache").orShould().haveSimpleNameStartingWith("Kept")
                .because("every cache a build keeps for the next is defined in galley.build")
                .check(galley);
    }

    @Test
    void aStageIsGivenNoExecutor() {
        codeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(UNIT_STAGES)
                .should(takeNoExecutor())
                .because("the pipeline schedules a stage's units itself; a stage only names them")
                .check(galley);
        // the condition does see an Executor parameter where there is one
        assertThrows(AssertionError.class, () -> codeUnits().that().areDeclaredInClassesThat()
                .resideInAPackage("galley.build..").should(takeNoExecutor()).check(galley));
    }

    private static ArchCondition<JavaCodeUnit> takeNoExecutor() {
        return new ArchCondition<>("take no Executor") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (unit.getRawParameterTypes().stream().anyMatch(type -> type.isAssignableTo(Executor.class))) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes an Executor"));
                }
            }
        };
    }

    @Test
    void onlyTheBuildAndTheCommandLineStartThreads() {
        noClasses().that().resideOutsideOfPackages("galley.build..", "galley.cli..")
                .should().accessTargetWhere(startsThreads())
                .because("a build's threads are made and shut by galley.build, which schedules the stages' units")
                .check(galley);
        // the rule sees the threads the command line does start (the child JVM's stopper, the progress bar)
        assertThrows(AssertionError.class, () -> noClasses().that().resideInAPackage("galley.cli..")
                .should().accessTargetWhere(startsThreads()).check(galley));
    }

    // new Thread, the factories of Executors, a pool made directly, and CompletableFuture's *Async
    // methods that run on the common pool for want of an executor
    private static DescribedPredicate<JavaAccess<?>> startsThreads() {
        return DescribedPredicate.describe("starts a thread or makes or uses a pool of its own", access -> {
            var target = access.getTarget();
            String owner = target.getOwner().getName();
            String name = target.getName();
            boolean constructor = name.equals("<init>");
            if (constructor && List.of(Thread.class.getName(), ThreadPoolExecutor.class.getName(),
                    ForkJoinPool.class.getName()).contains(owner)) {
                return true;
            }
            if (owner.equals(Executors.class.getName()) || owner.equals(ForkJoinPool.class.getName())
                    && name.equals("commonPool")) {
                return true;
            }
            if (owner.equals(CompletableFuture.class.getName()) && name.endsWith("Async")
                    && target instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget unit) {
                List<String> parameters = unit.getRawParameterTypes().stream().map(t -> t.getName()).toList();
                return parameters.isEmpty() || !parameters.get(parameters.size() - 1).equals(Executor.class.getName());
            }
            return false;
        });
    }

    @Test
    void compressedInputIsInflatedOnlyWithACap() {
        // image data through CappedInflater, git objects up to their own cap; FixedIdWriter reads
        // back a page stream OpenPDF deflated a moment before, which no input can inflate
        noClasses().that().resideOutsideOfPackages("galley.assets..", "galley.read.git..")
                .and().doNotHaveFullyQualifiedName("galley.pdf.FixedIdWriter")
                .should().dependOnClassesThat().belongToAnyOf(java.util.zip.Inflater.class,
                        java.util.zip.InflaterInputStream.class, java.util.zip.ZipInputStream.class,
                        java.util.zip.GZIPInputStream.class)
                .check(galley);
    }
}
