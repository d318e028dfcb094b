package dev.colophon.comments.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailureThrottleTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(42 * SECOND);
    private final FailureThrottle throttle = new FailureThrottle(now::get);

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheLockoutUpToFifteenMinutes() {
        for (int i = 0; i < FailureThrottle.FREE_PER_KEY; i++) {
            throttle.failed("a");
            assertThat(throttle.retryAfterSeconds("a")).isZero();
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
        for (long seconds : expected) {
            throttle.failed("a");
            assertThat(throttle.retryAfterSeconds("a")).isEqualTo(seconds);
        }
        assertThat(throttle.retryAfterSeconds("b")).isZero();
        now.addAndGet(900 * SECOND);
        assertThat(throttle.retryAfterSeconds("a")).isZero();
    }

    @Test
    void manyFailuresFromManyAddressesLockEveryoneOut() {
        for (int i = 0; i < FailureThrottle.FREE_GLOBAL; i++) {
            throttle.failed("address-" + i);
        }
        assertThat(throttle.retryAfterSeconds("someone-new")).isZero();
        throttle.failed("address-x");
        assertThat(throttle.retryAfterSeconds("someone-new")).isEqualTo(1);
        throttle.failed("address-y");
        assertThat(throttle.retryAfterSeconds("someone-new")).isEqualTo(2);
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutOne() {
        for (int i = 0; i <= FailureThrottle.FREE_PER_KEY; i++) {
            throttle.failed("a");
        }
        now.addAndGet(3_601 * SECOND);
        throttle.failed("a");
        assertThat(throttle.retryAfterSeconds("a")).isZero();
    }
}
