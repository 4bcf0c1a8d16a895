package galley.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What this process has used so far: CPU time of all its threads and its peak resident memory
 * (from /proc on Linux; elsewhere the peak heap), for {@code --verbose} and the benchmark.
 *
 * @param cpuNanos  CPU time of all threads, or -1 if the platform does not say
 * @param peakBytes the most memory the process has held at once
 */
record ResourceUse(long cpuNanos, long peakBytes, boolean resident) {

    static ResourceUse current() {
        long cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime();
        }
        OptionalLong hwm = residentPeak();
        if (hwm.isPresent()) {
            return new ResourceUse(cpu, hwm.getAsLong(), true);
        }
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .mapToLong(pool -> Math.max(0, pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed()))
                .sum();
        return new ResourceUse(cpu, heap, false);
    }

    String describe() {
        String cpu = cpuNanos < 0 ? "" : String.format(Locale.ROOT, "cpu %.1f s, ", cpuNanos / 1e9);
        return String.format(Locale.ROOT, "%speak %s %d MB", cpu, resident ? "memory" : "heap", peakBytes >> 20);
    }

    // VmHWM: the high-water mark of the resident set, the figure /usr/bin/time calls maximum RSS
    private static OptionalLong residentPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return OptionalLong.of(Long.parseLong(kb) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back to the heap
        }
        return OptionalLong.empty();
    }
}
