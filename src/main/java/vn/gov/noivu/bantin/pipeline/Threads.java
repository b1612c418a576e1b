package vn.gov.noivu.bantin.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Work a stage starts beside the next ones, on a thread of its own. */
final class Threads {
    private Threads() {
    }

    /** {@code work} on a thread of its own, which does not keep the program running. */
    static <T> CompletableFuture<T> daemon(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        });
    }
}
