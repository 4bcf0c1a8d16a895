package galley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid book for the hostile tests to spoil: book.yaml, one chapter, a figure. */
final class HostileBook {

    static final String YAML = "title: Hostile Test\nname: hostile\nauthor: Ann Author\n";

    private HostileBook() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("manuscript/images"));
        Files.writeString(dir.resolve("manuscript/book.yaml"), YAML, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manuscript/01-chapter.md"), """
                # The Chapter

                A paragraph of text with a [link](#a-section) and a note.[^1]

                ![A blue square with an orange disc](images/figure.png "The figure")

                ## A Section

                More text.

                [^1]: The note.
                """, StandardCharsets.UTF_8);
        // large enough to print above 150 dpi: a failed build's stderr then holds only what the test spoiled
        Files.write(dir.resolve("manuscript/images/figure.png"), HostileImages.real(960, 720, "png"));
        return dir;
    }
}
