package galley.epub;

import galley.model.Block;
import galley.model.Chapter;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import org.junit.jupiter.api.Test;

import java.util.List;

import static galley.epub.HandBuiltBooks.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentsBuilderTest {

    private static final Chapter CHAPTER = new Chapter(0, "t", "Title", "f.md", List.<Block>of(
            heading(1, "t", "Title", "f.md"), heading(3, "a", "Three", "f.md"), heading(2, "b", "Two", "f.md"),
            heading(3, "c", "Three under two", "f.md")));
    private static final List<Resource> DOCUMENTS = List.of(
            new Resource("c1", new byte[0], "chapter-001.xhtml", MediaTypes.XHTML));

    @Test
    void depthCountsLevelsAsWrittenAndNestingFollowsThePage() {
        TableOfContents two = new ContentsBuilder(2).build(List.of(CHAPTER), DOCUMENTS);
        assertEquals("Title [Two]", outline(two.getTocReferences().get(0)));

        TableOfContents three = new ContentsBuilder(3).build(List.of(CHAPTER), DOCUMENTS);
        assertEquals("Title [Three, Two [Three under two]]", outline(three.getTocReferences().get(0)));
        assertEquals("c", three.getTocReferences().get(0).getChildren().get(1).getChildren().get(0).getFragmentId());
    }

    @Test
    void depthOneListsTheChaptersAlone() {
        TableOfContents one = new ContentsBuilder(1).build(List.of(CHAPTER), DOCUMENTS);
        assertEquals("Title", outline(one.getTocReferences().get(0)));
        assertEquals(null, one.getTocReferences().get(0).getFragmentId());
    }

    private static String outline(TOCReference entry) {
        if (entry.getChildren().isEmpty()) {
            return entry.getTitle();
        }
        return entry.getTitle() + " " + entry.getChildren().stream().map(ContentsBuilderTest::outline).toList();
    }
}
