package galley.layout;

import java.util.List;

/** A bookmark of the PDF outline, nested as the headings are. */
public record OutlineEntry(String title, String anchor, List<OutlineEntry> children) {

    public OutlineEntry {
        children = List.copyOf(children);
    }
}
