package galley.testing;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Galley run as a child process with the test's class path, a heap limit, and its time measured. */
public final class ForkedGalley {

    /** What a child run printed and how long it took. */
    public record Result(int status, String out, String err, double seconds, long cpuMillis, long heapPeakMb) {
    }

    private ForkedGalley() {
    }

    /** A child process running {@code main} of {@code mainClass} with {@code args}, output to files in {@code logs}. */
    public static Process start(String heap, Class<?> mainClass, Path logs, String... args) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        return new ProcessBuilder(command)
                .redirectOutput(logs.resolve("out.txt").toFile())
                .redirectError(logs.resolve("err.txt").toFile())
                .start();
    }

    /** Runs {@code galley args} in a child JVM with {@code -Xmx heap}, killed after {@code timeoutSeconds}. */
    public static Result run(String heap, int timeoutSeconds, Path logs, String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(heap, MeasuredRun.class, logs, args);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("galley " + String.join(" ", args) + " still running after " + timeoutSeconds + " s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("measured cpu-ms=(\\d+) heap-peak-mb=(\\d+)").matcher(out);
        long cpu = m.find() ? Long.parseLong(m.group(1)) : -1;
        long heapPeak = cpu >= 0 ? Long.parseLong(m.group(2)) : -1;
        return new Result(process.exitValue(), out, err, seconds, cpu, heapPeak);
    }

    /**
     * The wall-clock budget for a job that takes {@code seconds} on an idle machine with two cores:
     * stretched by the load average when other processes share the machine, as they do when
     * several test suites run at once.
     */
    public static double budget(double seconds) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return seconds * Math.max(1.0, load / 2.0);
    }

    public static String classPath() {
        return System.getProperty("java.class.path").replace(File.pathSeparatorChar, '\n');
    }
}
