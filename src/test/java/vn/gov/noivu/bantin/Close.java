package vn.gov.noivu.bantin;

/** Closes what a test class started, skipping what its setup never reached (so its own failure is the one reported). */
public final class Close {
    private Close() {
    }

    public static void all(AutoCloseable... resources) {
        IllegalStateException failure = null;
        for (AutoCloseable c : resources) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close " + c, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
