package galley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of the code that the README describes, checked so that it stays true. */
class ArchitectureTest {

    private static JavaClasses galley;

    @BeforeAll
    static void importClasses() {
        galley = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("galley");
    }

    @Test
    void modelDiagnosticsAndImagesDependOnNothingOfGalleys() {
        noClasses().that().resideInAnyPackage("galley.model..", "galley.diagnostic..", "galley.image..")
                .should().dependOnClassesThat().resideInAnyPackage("galley.manuscript..", "galley.epub..",
                        "galley.pdf..", "galley.cli..", "galley.cover..", "galley.site..")
                .check(galley);
    }

    @Test
    void theWritersKnowNothingOfEachOtherNorOfTheLoader() {
        noClasses().that().resideInAPackage("galley.epub..")
                .should().dependOnClassesThat().resideInAnyPackage("galley.pdf..", "galley.manuscript..", "galley.cli..")
                .check(galley);
        noClasses().that().resideInAPackage("galley.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("galley.epub..", "galley.manuscript..", "galley.cli..")
                .check(galley);
    }

    @Test
    void theLayoutIsPlainDataWithoutAPdfLibrary() {
        noClasses().that().resideInAPackage("galley.pdf.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..", "galley.pdf")
                .check(galley);
    }

    @Test
    void flexmarkStaysInsideTheLoader() {
        noClasses().that().resideOutsideOfPackage("galley.manuscript..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                .check(galley);
    }
}
