package galley.epub;

import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.Resources;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * epub4j's collection of a book's resources with their ids kept in a set: epub4j looks each new
 * resource's id up by walking all the others, so that adding the documents of n chapters took
 * time in n² (ten thousand chapter files spent most of their EPUB time there).
 */
final class IndexedResources extends Resources {

    private static final long serialVersionUID = 1L;

    private final Set<String> ids = new HashSet<>();

    @Override
    public Resource add(Resource resource) {
        Resource added = super.add(resource);
        ids.add(added.getId());
        return added;
    }

    @Override
    public boolean containsId(String id) {
        return id != null && !id.isBlank() && ids.contains(id);
    }

    @Override
    public Resource remove(String href) {
        Resource removed = super.remove(href);
        if (removed != null) {
            ids.remove(removed.getId());
        }
        return removed;
    }

    @Override
    public void set(Collection<Resource> resources) {
        ids.clear();
        super.set(resources);
    }

    @Override
    public void set(Map<String, Resource> resources) {
        super.set(resources);
        ids.clear();
        resources.values().forEach(r -> ids.add(r.getId()));
    }
}
