package galley.cli;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks the JVM to compile with its quick compiler only (C1), for a one-off build or check.
 *
 * <p>HotSpot's optimising compiler (C2) pays back over minutes; a build lasts seconds, and on a
 * two-core machine C2 took a third of the CPU time of building the 5 MB benchmark book, competing
 * with the build itself. A JVM option would say this, but {@code java -jar galley.jar} takes none
 * from the jar, so Galley adds a compiler directive through the JVM's own DiagnosticCommand
 * management bean (what {@code jcmd Compiler.directives_add} does), on a background thread while
 * the build starts. {@code galley watch}, which runs long, keeps both compilers. Setting the
 * system property {@code galley.jit=full} keeps them too. On a JVM without the bean nothing changes.
 */
final class CompilerPolicy {

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private CompilerPolicy() {
    }

    /** Whether the user left the quick-compiler policy on (it is off with {@code -Dgalley.jit=full}). */
    static boolean quickWanted() {
        return !"full".equals(System.getProperty("galley.jit"));
    }

    /**
     * Whether a run of {@code command} in this JVM should add the directive: a build or a check,
     * not a watch, and not in a batch JVM, which has its own option for it.
     */
    static boolean quickOnly(Command command) {
        return quickWanted() && System.getProperty(BatchJvm.CHILD) == null
                && (command instanceof Command.Build || command instanceof Command.Check);
    }

    /** Adds the directive on a daemon thread, so that the build does not wait for it. */
    static void startQuickOnly() {
        var thread = new Thread(CompilerPolicy::addDirective, "galley-compiler-policy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void addDirective() {
        try {
            Path file = Files.createTempFile("galley-compiler", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.US_ASCII);
                MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[]{new String[]{file.toString()}}, new String[]{String[].class.getName()});
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // a JVM without the bean, or without a temporary folder: it compiles as it would anyway
        }
    }
}
