package galley.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class or method as slow, JUnit tag {@code "slow"}: it builds a whole book, runs EPUBCheck,
 * veraPDF, DAISY Ace or Chromium, fuzzes, holds a build to a cost limit, forks a JVM, or redraws the
 * artwork. {@code mvn -B verify} runs it; the fast tier, {@code mvn -B test -Pfast}, leaves it out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
