package vn.gov.noivu.bantin.photos;

import java.util.concurrent.Semaphore;

/**
 * The memory the pictures being made may hold at once, in mebibytes of decoded pixels: each job takes its
 * share before it decodes and gives it back when its files are written, so that the cores work on several
 * small photos at a time, or on one 48-megapixel photo alone, and the heap never holds more than half its
 * size in pictures. A job larger than the whole budget waits until it can run alone.
 */
final class Budget {
    /** What one decoded pixel costs while a picture is made: the decoded copy and the upright sRGB copy, four bytes each. */
    static final int BYTES_PER_PIXEL = 8;
    /** Besides the pixels: the scaled copies and the encoders' buffers (a 1,600-pixel copy is 7.7 MB). */
    static final long OVERHEAD = 24L << 20;

    private final Semaphore permits;
    private final int total;

    Budget(long bytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes >> 20));
        this.permits = new Semaphore(total, true);
    }

    /** Half the heap the JVM may grow to. */
    static Budget ofHeap() {
        return new Budget(Runtime.getRuntime().maxMemory() / 2);
    }

    /** The share of a job that decodes {@code pixels} pixels, in permits. */
    int share(long pixels) {
        long bytes = pixels * BYTES_PER_PIXEL + OVERHEAD;
        return (int) Math.min(total, (bytes + (1 << 20) - 1) >> 20);
    }

    void acquire(int share) throws InterruptedException {
        permits.acquire(share);
    }

    void release(int share) {
        permits.release(share);
    }
}
