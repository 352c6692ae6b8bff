package org.colophon;

import org.colophon.error.BuildException;

/**
 * One value computed on a thread of its own while the build goes on, taken with
 * {@link #get()}: the value, or the failure computing it met, rethrown as it was.
 */
public final class InBackground<T> {

    @FunctionalInterface
    public interface Work<T> {
        T compute() throws BuildException;
    }

    private final Thread thread;
    private T value;
    private Throwable failure;
    private long millis;

    private InBackground(Work<T> work, String name) {
        thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                value = work.compute();
            } catch (Throwable t) { // handed to the thread that takes the value
                failure = t;
            }
            millis = (System.nanoTime() - start) / 1_000_000;
        }, "colophon-" + name);
        thread.setDaemon(true); // a build that fails before taking the value does not wait for it
    }

    public static <T> InBackground<T> start(Work<T> work, String name) {
        InBackground<T> b = new InBackground<>(work, name);
        b.thread.start();
        return b;
    }

    /** Waits for the value; its computation's failure is thrown here. */
    public T get() throws BuildException {
        await();
        if (failure instanceof BuildException b) {
            throw b;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return value;
    }

    /** Waits for the computation to end, whatever its outcome. */
    void await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join(); // also makes the thread's writes visible here
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the computation to stop early, if it listens: its outcome is no longer wanted. */
    void interrupt() {
        thread.interrupt();
    }

    /** How long the computation took, once {@link #get()} has returned. */
    public long millis() {
        return millis;
    }
}
