package dev.colophon.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyItemIsHandledExactlyOnce() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(items, item -> {
            calls.incrementAndGet();
            seen.add(item);
        });
        assertThat(calls).hasValue(10_000);
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void theFirstFailureIsRethrownAsItWasAndStopsTheRest() {
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException broken = new IllegalStateException("item 10 is broken");
        assertThatThrownBy(() -> Parallel.forEach(items, item -> {
            calls.incrementAndGet();
            if (item == 10) {
                throw broken;
            }
        })).isSameAs(broken);
        assertThat(calls.get()).isLessThan(100_000);
    }

    @Test
    void anEmptyListDoesNothing() {
        Parallel.forEach(List.of(), item -> {
            throw new AssertionError("called");
        });
    }
}
