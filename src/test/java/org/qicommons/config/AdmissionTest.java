package org.qicommons.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionTest {
    private static final long LONG = TimeUnit.SECONDS.toNanos(30);

    @Test
    void admitsUpToItsConcurrencyAndTheNextOneWhenATurnEnds() throws Exception {
        Admission admission = new Admission(2, 10, LONG);
        assertTrue(admission.enter());
        assertTrue(admission.enter());
        CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(admission::enter);
        awaitWaiting(admission, 1);
        assertFalse(third.isDone(), "the third waits while two are at work");
        admission.leave();
        assertTrue(third.get(10, TimeUnit.SECONDS), "and is admitted when a turn ends");
    }

    @Test
    void refusesWhoWouldWaitTooLong() {
        Admission admission = new Admission(1, 10, TimeUnit.MILLISECONDS.toNanos(50));
        assertTrue(admission.enter());
        assertFalse(admission.enter(), "refused after waiting its limit");
    }

    @Test
    void refusesAtOnceWhenTheQueueIsFull() throws Exception {
        Admission admission = new Admission(1, 1, LONG);
        assertTrue(admission.enter());
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(admission::enter);
        awaitWaiting(admission, 1);
        long started = System.nanoTime();
        assertFalse(admission.enter(), "nobody new waits once the queue is full");
        assertTrue(System.nanoTime() - started < LONG / 2, "and the refusal does not wait");
        admission.leave();
        assertTrue(waiting.get(10, TimeUnit.SECONDS));
    }

    private static void awaitWaiting(Admission admission, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (admission.waiting() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(admission.waiting() >= count, "someone is waiting");
    }
}
