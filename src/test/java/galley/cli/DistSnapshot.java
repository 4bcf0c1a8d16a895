package galley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file of an output folder with its bytes, to tell whether a build changed anything there. */
record DistSnapshot(Map<String, byte[]> files) {

    static DistSnapshot of(Path folder) {
        var files = new TreeMap<String, byte[]>();
        if (!Files.isDirectory(folder)) {
            return new DistSnapshot(files);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DistSnapshot(files);
    }

    /** Whether both hold the same names with the same bytes. */
    boolean sameAs(DistSnapshot other) {
        return files.keySet().equals(other.files.keySet())
                && files.keySet().stream().allMatch(k -> Arrays.equals(files.get(k), other.files.get(k)));
    }

    @Override
    public String toString() {
        var sizes = new TreeMap<String, Integer>();
        files.forEach((k, v) -> sizes.put(k, v.length));
        return sizes.toString();
    }
}
