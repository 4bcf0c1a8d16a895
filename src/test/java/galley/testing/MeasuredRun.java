package galley.testing;

import galley.cli.Galley;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs Galley in a JVM of its own and prints, after the run, the process's CPU time and the peak
 * heap it used, so that a test can hold a build to a time and memory budget.
 */
public final class MeasuredRun {

    private MeasuredRun() {
    }

    public static void main(String[] args) {
        int status = Galley.run(args, System.out, System.err);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("measured cpu-ms=" + os.getProcessCpuTime() / 1_000_000 + " heap-peak-mb=" + (peak >> 20));
        System.exit(status);
    }
}
