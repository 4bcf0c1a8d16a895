package galley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of the code that docs/architecture.md describes, checked so that it stays true. */
class ArchitectureTest {

    private static final String[] STAGES = {"galley.read..", "galley.assets..", "galley.text..", "galley.font..",
            "galley.layout..", "galley.pdf..", "galley.epub..", "galley.site..", "galley.cover..", "galley.build..",
            "galley.cli.."};

    private static JavaClasses galley;

    @BeforeAll
    static void importClasses() {
        galley = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("galley");
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
}
