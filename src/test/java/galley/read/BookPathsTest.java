package galley.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A path written in the manuscript stays inside the book folder or is refused, before any file is touched. */
class BookPathsTest {

    @TempDir
    Path root;

    @Test
    void absolutePathsDriveLettersAndClimbsOutAreRefused() {
        var paths = new BookPaths(root);
        Path dir = root.resolve("manuscript");
        for (String refused : new String[]{"/etc/passwd", "\\\\server\\share", "C:x.png", "c:\\x.png", "z:/x", "../../x.png",
                "a\0b.png", ""}) {
            assertEquals(Optional.empty(), paths.lexical(dir, refused), refused);
        }
        assertEquals(Optional.of(dir.resolve("C-x.png")), paths.lexical(dir, "C-x.png"));
        assertEquals(Optional.of(dir.resolve("1:x.png")), paths.lexical(dir, "1:x.png"));
        assertEquals(Optional.of(root.resolve("images/x.png")), paths.lexical(dir, "../images/x.png"));
    }
}
