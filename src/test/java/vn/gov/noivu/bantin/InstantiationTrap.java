package vn.gov.noivu.bantin;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts its instances: a YAML reader that constructed objects from tags such as {@code !!vn...InstantiationTrap} would make one. */
public final class InstantiationTrap {
    /** How many were ever made; every test expects 0. */
    public static final AtomicInteger CREATED = new AtomicInteger();

    public InstantiationTrap() {
        CREATED.incrementAndGet();
    }

    public InstantiationTrap(String ignored) {
        this();
    }
}
