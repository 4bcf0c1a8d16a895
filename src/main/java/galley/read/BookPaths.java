package galley.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The book folder and the rules for references into it: every path an author writes is resolved
 * against it and refused if it leaves it, lexically ({@code ..}, absolute paths) or through a
 * symbolic link.
 */
public final class BookPaths {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private final Path root;

    /** @param root the book folder as a real path (symbolic links resolved) */
    BookPaths(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    Path manuscript() {
        return root.resolve("manuscript");
    }

    Path covers() {
        return root.resolve("covers");
    }

    // C:..., a Windows drive, is absolute too (checked by hand: a regular expression was compiled for every link)
    private static boolean hasDriveLetter(String reference) {
        if (reference.length() < 2 || reference.charAt(1) != ':') {
            return false;
        }
        char first = reference.charAt(0);
        return (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z');
    }

    /** {@code file} relative to the book folder with {@code /} separators, as diagnostics name files. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * {@code reference} (a relative path as written, already percent-decoded) resolved against
     * {@code dir}, or empty when it is absolute or climbs out of the book folder. Touches no file.
     */
    public Optional<Path> lexical(Path dir, String reference) {
        if (reference.isEmpty() || reference.startsWith("/") || reference.startsWith("\\")
                || hasDriveLetter(reference) || reference.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path resolved = dir.resolve(reference.replace('\\', '/')).normalize();
            return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The real path of an existing {@code file} when it lies inside the book folder, else empty. */
    public Optional<Path> realInside(Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code url} starts with a scheme such as {@code https:} or {@code mailto:}. */
    public static boolean hasScheme(String url) {
        return SCHEME.matcher(url).find();
    }

    /** The scheme of {@code url} in lower case, or empty. */
    public static String scheme(String url) {
        var m = SCHEME.matcher(url);
        return m.find() ? m.group().substring(0, m.group().length() - 1).toLowerCase(Locale.ROOT) : "";
    }

    /** {@code text} with its %XX escapes decoded as UTF-8; malformed escapes stay as written. */
    public static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
