package galley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs {@code build}, {@code check} and {@code watch} in a second JVM set up for the job, since
 * {@code java -jar galley.jar} takes no JVM options from the jar: the serial garbage collector (G1
 * grew a 5 MB book's build to 1.3 GB resident, Serial keeps it near 0.5 GB; in {@code watch}, G1's
 * concurrent threads slowed the first rebuilds after an edit by a third on two cores), a
 * class-data sharing archive of Galley's own classes, written by the first one-off run into the
 * user's cache folder, which saves most of the time spent loading classes, and, for a one-off
 * build or check, the quick compiler only (the optimising one pays back over minutes, not seconds;
 * {@code watch} keeps both).
 *
 * <p>The first JVM only starts the second, passes the streams through and returns its exit
 * status, or {@link Galley#KILLED} with a message when a signal ended the second (as the
 * system's out-of-memory killer does); if it is stopped, it stops the second and waits for it to
 * clean up, and the second stops when the first is gone.
 * {@code -Dgalley.fork=false} or {@code GALLEY_FORK=0} keeps everything in one JVM, as do
 * {@code init}, tests, and a Galley that does not run from a jar.
 */
final class BatchJvm {

    /** Set in the second JVM, so that it does not start a third. */
    static final String CHILD = "galley.child";

    private static final String SERIAL_GC = "-XX:+UseSerialGC";

    /**
     * A one-off build's heap: a young generation of 400 MB, most of what a 5 MB book's build
     * allocates between its start and its end, so that the serial collector stops both threads four
     * times instead of eighteen (5% of the wall time; 170 MB more resident). Only where the JVM
     * would allow a heap of 1.5 GB anyway, and the user has not sized it.
     */
    private static final List<String> ONE_OFF_HEAP = List.of("-Xms600m", "-Xmn400m");
    private static final long ONE_OFF_HEAP_ROOM = 1536L << 20;

    // the archive's own warnings (classes it cannot hold) would go to stdout
    private static final List<String> OPTIONS = List.of("-Xlog:disable", "-Xlog:all=error:stderr", "-Xshare:auto");

    /** How long a stopped first JVM waits for the second to remove its temporary files. */
    private static final long STOP_SECONDS = 10;

    /** How many archives the cache folder keeps, for as many jars in use. */
    private static final int ARCHIVES_KEPT = 4;

    private BatchJvm() {
    }

    /** The runs a second JVM is started for. */
    enum Job {
        /** {@code build} or {@code check}: seconds long, so compiled quickly. */
        ONE_OFF,
        /** {@code watch}: runs until stopped, so its hot code is worth optimising. */
        WATCH
    }

    /**
     * Runs {@code command}, read from {@code args}, in a second JVM and returns its exit status, or
     * empty when it should run here: another command, a second JVM already, no jar, or forking
     * switched off. A second JVM ended by a signal is reported on {@code err}.
     */
    static Optional<Integer> run(Command command, String[] args, PrintStream err) {
        Optional<Job> job = job(command, System.getenv());
        if (job.isEmpty() || System.getProperty(CHILD) != null) {
            return Optional.empty();
        }
        Optional<Path> jar = jar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jar.isEmpty() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        // a watch ends when stopped, not with a good exit, so only a one-off run writes the archive
        Archive archive = Archive.of(jar.get(), job.get() == Job.ONE_OFF);
        List<String> commandLine = command(java, jar.get(), job.get(), Runtime.getRuntime().maxMemory(),
                archive.option(), ManagementFactory.getRuntimeMXBean().getInputArguments(), args);
        Process child;
        try {
            child = new ProcessBuilder(commandLine).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        var stopping = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            stopping.set(true);
            ChildExit.stop(child, STOP_SECONDS);
        }, "galley-stop-child");
        Runtime.getRuntime().addShutdownHook(stopper);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Optional.of(Galley.INTERNAL_ERROR);
        }
        if (stopping.get()) {
            return Optional.of(status);
        }
        Runtime.getRuntime().removeShutdownHook(stopper);
        archive.keepIfWritten(status);
        return Optional.of(ChildExit.outcome(status, command, err));
    }

    /** The job {@code command} is, unless it is another command or forking is switched off. */
    static Optional<Job> job(Command command, Map<String, String> env) {
        if ("false".equals(System.getProperty("galley.fork")) || "0".equals(env.get("GALLEY_FORK"))) {
            return Optional.empty();
        }
        if (command instanceof Command.Build || command instanceof Command.Check) {
            return Optional.of(Job.ONE_OFF);
        }
        return command instanceof Command.Watch ? Optional.of(Job.WATCH) : Optional.empty();
    }

    /**
     * In the second JVM: stops it when the first is gone, so that a first JVM killed outright
     * (which runs no shutdown hook to stop it) leaves no {@code watch} running on unseen.
     */
    static void stopWithParent() {
        if (System.getProperty(CHILD) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(Galley.INTERNAL_ERROR)));
    }

    /**
     * The second JVM's command line: Galley's options first, then this JVM's own (the user's
     * options win), then the jar and the arguments. {@code maxHeap} is the largest heap this JVM
     * may have, which the second may have too.
     */
    static List<String> command(Path java, Path jar, Job job, long maxHeap, Optional<String> archiveOption,
                                List<String> jvmArguments, String[] args) {
        var command = new ArrayList<String>();
        command.add(java.toString());
        // two collectors named stop the JVM: the user's choice stands alone
        boolean serial = jvmArguments.stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"));
        if (serial) {
            command.add(SERIAL_GC);
        }
        // an initial heap above the maximum stops the JVM, so any sizing of the user's stands alone
        if (job == Job.ONE_OFF && serial && maxHeap >= ONE_OFF_HEAP_ROOM && jvmArguments.stream().noneMatch(BatchJvm::sizesMemory)) {
            command.addAll(ONE_OFF_HEAP);
        }
        command.addAll(OPTIONS);
        if (job == Job.ONE_OFF && CompilerPolicy.quickWanted()) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        archiveOption.ifPresent(command::add);
        command.addAll(jvmArguments);
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Galley.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static boolean sizesMemory(String option) {
        return option.startsWith("-Xm") || option.startsWith("-XX:MaxRAM") || option.startsWith("-XX:InitialRAM")
                || option.startsWith("-XX:MinRAM") || option.contains("HeapSize") || option.contains("NewSize")
                || option.contains("NewRatio");
    }

    /** The jar Galley runs from, if it runs from one. */
    static Optional<Path> jar() {
        try {
            var source = Galley.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") && Files.isRegularFile(path)
                    ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The class-data sharing archive for this jar and this Java: used when it exists, else, if
     * {@code mayWrite}, written by the run (to a file of its own, renamed into place after a good
     * run, so that concurrent first runs cannot leave a broken one).
     */
    private record Archive(Path file, Path pending) {

        static Archive of(Path jar, boolean mayWrite) {
            try {
                String cache = System.getenv("XDG_CACHE_HOME");
                Path folder = (cache != null && !cache.isBlank() ? Path.of(cache)
                        : Path.of(System.getProperty("user.home"), ".cache")).resolve("galley");
                String key = Integer.toHexString((jar.toRealPath() + "|" + Files.size(jar) + "|"
                        + Files.getLastModifiedTime(jar).toMillis() + "|" + System.getProperty("java.vm.version")).hashCode());
                Path file = folder.resolve("classes-" + key + ".jsa");
                if (Files.isRegularFile(file)) {
                    return new Archive(file, null);
                }
                if (!mayWrite) {
                    return new Archive(null, null);
                }
                Files.createDirectories(folder);
                return new Archive(file, folder.resolve("classes-" + key + "." + ProcessHandle.current().pid() + ".tmp"));
            } catch (IOException | RuntimeException e) {
                return new Archive(null, null);
            }
        }

        /** Each rebuilt jar gets an archive of its own: keep the newest few. */
        private static void removeOldest(Path folder) throws IOException {
            List<Path> archives;
            try (var files = Files.list(folder)) {
                archives = files.filter(f -> f.getFileName().toString().matches("classes-[0-9a-f-]+\\.jsa"))
                        .sorted(java.util.Comparator.comparing(Archive::modified).reversed())
                        .toList();
            }
            for (Path old : archives.subList(Math.min(ARCHIVES_KEPT, archives.size()), archives.size())) {
                Files.deleteIfExists(old);
            }
        }

        private static long modified(Path file) {
            try {
                return Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                return 0;
            }
        }

        Optional<String> option() {
            if (file == null) {
                return Optional.empty();
            }
            return Optional.of(pending == null ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + pending);
        }

        void keepIfWritten(int status) {
            if (pending == null) {
                return;
            }
            try {
                if (status == Galley.OK && Files.isRegularFile(pending)) {
                    Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    removeOldest(file.getParent());
                }
            } catch (IOException e) {
                // the next run writes it again
            } finally {
                try {
                    Files.deleteIfExists(pending);
                } catch (IOException ignored) {
                    // a stray temporary file in a cache folder does no harm
                }
            }
        }
    }
}
