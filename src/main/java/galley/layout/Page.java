package galley.layout;

import java.util.List;

/**
 * One laid-out page: its size, what the PDF viewer shows as its label, and what is drawn on it.
 *
 * @param index  position in the PDF, from 0
 * @param label  the page's folio as printed or implied ("iii", "42"); the cover's is "Cover", its blank back's "Inside cover"
 * @param width  page width in points
 * @param height page height in points
 */
public record Page(int index, String label, float width, float height, List<PageItem> items) {

    public Page {
        items = List.copyOf(items);
    }
}
