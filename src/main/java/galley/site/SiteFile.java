package galley.site;

/**
 * One file of the published folder besides the editions, ready to be written.
 *
 * @param name the file's name in {@code dist/}, e.g. {@code index.html}
 */
public record SiteFile(String name, byte[] content) {
}
