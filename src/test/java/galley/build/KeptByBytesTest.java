package galley.build;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A value is made again only when its bytes change, its key is forgotten, or nothing is kept. */
class KeptByBytesTest {

    private final AtomicInteger made = new AtomicInteger();

    private String make(byte[] bytes) {
        made.incrementAndGet();
        return new String(bytes);
    }

    @Test
    void aValueIsMadeAgainOnlyWhenItsBytesChange() {
        var kept = new KeptByBytes<String, String>(true);
        String first = kept.get("a", new byte[]{'x'}, this::make);
        assertSame(first, kept.get("a", new byte[]{'x'}, this::make));
        assertEquals(1, made.get());
        assertEquals("y", kept.get("a", new byte[]{'y'}, this::make));
        assertEquals("y", kept.get("b", new byte[]{'y'}, this::make));
        assertEquals(3, made.get());
        kept.forget("b"::equals);
        kept.get("b", new byte[]{'y'}, this::make);
        kept.get("a", new byte[]{'y'}, this::make);
        assertEquals(4, made.get(), "only the forgotten key is made again");
    }

    @Test
    void nothingIsKeptForAOneOffBuild() {
        var none = new KeptByBytes<String, String>(false);
        none.get("a", new byte[]{'x'}, this::make);
        none.get("a", new byte[]{'x'}, this::make);
        assertEquals(2, made.get());
    }
}
