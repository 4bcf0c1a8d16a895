package galley.build;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A share of the build's pool runs every task given to it, never more at once than its limit, starting them in order. */
class LimitedExecutorTest {

    @Test
    void runsEveryTaskNeverMoreThanItsLimitAtOnce() throws InterruptedException {
        try (var threads = new BuildThreads(8)) {
            var limited = threads.limited(2);
            var running = new AtomicInteger();
            var most = new AtomicInteger();
            var done = new CountDownLatch(40);
            // the first two wait for each other: they can only both finish by running at once
            var firstTwo = new CountDownLatch(2);
            for (int i = 0; i < 40; i++) {
                limited.execute(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    firstTwo.countDown();
                    await(firstTwo);
                    sleep();
                    running.decrementAndGet();
                    done.countDown();
                });
            }
            assertTrue(done.await(30, TimeUnit.SECONDS), "every task ran");
            assertEquals(2, most.get(), "two at once, as the limit allows, and never more");
        }
    }

    @Test
    void aLimitOfOneRunsTheTasksOneAfterAnotherInTheOrderGiven() throws InterruptedException {
        try (var threads = new BuildThreads(8)) {
            var lane = threads.limited(1);
            List<Integer> order = new CopyOnWriteArrayList<>();
            var done = new CountDownLatch(30);
            for (int i = 0; i < 30; i++) {
                int n = i;
                lane.execute(() -> {
                    order.add(n);
                    done.countDown();
                });
            }
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertEquals(IntStream.range(0, 30).boxed().toList(), order);
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheOthers() throws InterruptedException {
        try (var threads = new BuildThreads(2)) {
            var limited = threads.cores();
            var done = new CountDownLatch(5);
            limited.execute(() -> {
                throw new IllegalStateException("a task that fails");
            });
            for (int i = 0; i < 5; i++) {
                limited.execute(done::countDown);
            }
            assertTrue(done.await(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void tasksStillWaitingWhenThePoolIsShutAreDroppedQuietly() throws InterruptedException {
        var threads = new BuildThreads(4);
        var lane = threads.limited(1);
        var release = new CountDownLatch(1);
        var ran = new AtomicInteger();
        var failures = new AtomicInteger();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> failures.incrementAndGet());
        try {
            lane.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    // the pool is shut down now
                }
                ran.incrementAndGet();
            });
            lane.execute(ran::incrementAndGet);
            threads.close();
            release.countDown();
            Thread.sleep(300);
            assertEquals(1, ran.get(), "the running task ends; the one waiting is dropped");
            assertEquals(0, failures.get(), "nothing is thrown on the pool's threads");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
