import galley.cli.Galley;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Builds one book several times in one JVM, as {@code galley watch} would after the first build,
 * and prints each build's wall time and the median of all but the first (whose time includes
 * loading classes and compiling hot code).
 *
 * <p>{@code java -cp target/galley.jar src/bench/WarmBuild.java BOOK_DIR OUTPUT_DIR [RUNS]}
 */
public final class WarmBuild {

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: WarmBuild BOOK_DIR OUTPUT_DIR [RUNS]");
            System.exit(2);
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int status = Galley.run(new String[]{"build", args[0], "--output", args[1], "--quiet"}, quiet, System.err);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                System.err.println("build failed with status " + status);
                System.exit(1);
            }
            System.out.printf(Locale.ROOT, "run %d %.2f s%n", i + 1, seconds[i]);
        }
        double[] warm = Arrays.copyOfRange(seconds, Math.min(1, runs - 1), runs);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "warm median %.2f s%n", warm[warm.length / 2]);
    }
}
