package galley.read.links;

import galley.diagnostic.Problem;
import galley.read.BookPaths;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Severity;
import galley.model.LinkTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the address of a link into a {@link LinkTarget}: web addresses stay as written, and
 * {@code other.md}, {@code other.md#id} and {@code #id} lead to a chapter and an anchor of the
 * book, known for every chapter before any is converted.
 */
public final class LinkResolver {

    // an allow-list: file:, smb:, jar:, blob:, ms-msdt: and the like reach local files or programs
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "ftp");
    private static final String KEPT = "link removed, its text kept: ";
    private static final String FORBIDDEN_IN_HOST = " #%/:<>?@[\\]^|\t\n";

    private final BookPaths paths;
    private final AnchorIndex anchors;
    private final Diagnostics diagnostics;
    private final Severity unfinished;

    /**
     * A resolver reporting a link to a file not in the book or to a missing anchor at {@code unfinished}
     * severity: a warning for a book still being written, an error where book.yaml says {@code links: error}.
     */
    public LinkResolver(BookPaths paths, AnchorIndex anchors, Severity unfinished, Diagnostics diagnostics) {
        this.paths = paths;
        this.anchors = anchors;
        this.unfinished = unfinished;
        this.diagnostics = diagnostics;
    }

    public LinkResolver(BookPaths paths, AnchorIndex anchors, Diagnostics diagnostics) {
        this(paths, anchors, Problem.LINK_NOT_FOUND.severity(), diagnostics);
    }

    /**
     * The target of {@code url} written in file {@code from} (relative to the book folder) at
     * {@code line}; empty, and reported, when it leads nowhere the book can go.
     */
    public Optional<LinkTarget> resolve(String url, String from, int line) {
        String address = url.strip();
        if (address.startsWith("//")) {
            return Optional.of(new LinkTarget.External("https:" + address));
        }
        if (BookPaths.hasScheme(address)) {
            if (!ALLOWED_SCHEMES.contains(BookPaths.scheme(address))) {
                Problem.LINK_UNSAFE.report(diagnostics, from, line,
                        BookPaths.scheme(address) + ": link removed, its text kept");
                return Optional.empty();
            }
            if (WEB_SCHEMES.contains(BookPaths.scheme(address)) && !hasValidHost(address)) {
                Problem.LINK_INVALID.report(diagnostics, from, line,
                        "not a valid web address, link removed, its text kept: " + address);
                return Optional.empty();
            }
            return Optional.of(new LinkTarget.External(address));
        }
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int hash = address.indexOf('#');
        String file = BookPaths.percentDecode(hash < 0 ? address : address.substring(0, hash));
        String fragment = hash < 0 ? "" : BookPaths.percentDecode(address.substring(hash + 1));
        if (file.isEmpty()) {
            return fragment.isEmpty() ? Optional.empty() : anchor(from, from, fragment, true, address, line);
        }
        Path fromDir = paths.root().resolve(from).getParent();
        Optional<Path> target = paths.lexical(fromDir, file);
        if (target.isEmpty()) {
            Problem.LINK_OUTSIDE_BOOK.report(diagnostics, unfinished, from, line,
                    "link leads outside the book folder, link removed, its text kept: " + address);
            return Optional.empty();
        }
        String targetPath = paths.relative(target.get());
        OptionalInt chapter = anchors.firstChapterOf(targetPath);
        if (chapter.isEmpty()) {
            String why = Files.exists(target.get()) ? "link target is not a chapter of the book, "
                    : "link target not found, ";
            Problem.LINK_NOT_FOUND.report(diagnostics, unfinished, from, line, why + KEPT + address);
            return Optional.empty();
        }
        if (fragment.isEmpty()) {
            return Optional.of(new LinkTarget.Internal(chapter.getAsInt(), Optional.empty()));
        }
        return anchor(from, targetPath, fragment, targetPath.equals(from), address, line);
    }

    // A web address needs a host that reading systems can parse (http://../ has none); the labels
    // of a domain name may not be empty, except for a final dot.
    static boolean hasValidHost(String address) {
        int colon = address.indexOf(':');
        if (!address.startsWith("//", colon + 1)) {
            return false;
        }
        int start = colon + 3;
        int end = start;
        while (end < address.length() && "/?#\\".indexOf(address.charAt(end)) < 0) {
            end++;
        }
        String host = address.substring(start, end);
        host = host.substring(host.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            return host.indexOf(']') > 1;
        }
        int port = host.lastIndexOf(':');
        if (port >= 0 && host.substring(port + 1).chars().allMatch(Character::isDigit)) {
            host = host.substring(0, port);
        }
        String[] labels = host.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].isEmpty() && (i < labels.length - 1 || labels.length == 1)) {
                return false;
            }
        }
        return host.chars().noneMatch(c -> c < 0x20 || FORBIDDEN_IN_HOST.indexOf(c) >= 0);
    }

    private Optional<LinkTarget> anchor(String from, String file, String id, boolean anywhere, String address, int line) {
        Optional<AnchorIndex.Anchor> found = anchors.inFile(file, id);
        if (found.isEmpty() && anywhere) {
            found = anchors.inBook(id);
        }
        if (found.isEmpty()) {
            String hint = anchors.nearest(file, id, anywhere).map(near -> " (did you mean '#" + near + "'?)").orElse("");
            Problem.LINK_NOT_FOUND.report(diagnostics, unfinished, from, line,
                    "link target not found, " + KEPT + address + hint);
            return Optional.empty();
        }
        return found.map(a -> new LinkTarget.Internal(a.chapter(), Optional.of(a.id())));
    }
}
