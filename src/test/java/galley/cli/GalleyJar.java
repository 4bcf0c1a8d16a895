package galley.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@code galley.jar} made from the compiled classes, naming its libraries in its manifest, so
 * that a test can run {@code java -jar galley.jar} as a user does, batch JVM and all, without the
 * packaging step.
 */
final class GalleyJar {

    private GalleyJar() {
    }

    static Path write(Path folder) throws IOException {
        Path classes = Path.of(Galley.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String libraries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" "));
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Galley.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, libraries);
        Files.createDirectories(folder);
        Path jar = folder.resolve("galley.jar");
        List<Path> files;
        try (Stream<Path> tree = Files.walk(classes)) {
            files = tree.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file, manifest)) {
            for (Path f : files) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
