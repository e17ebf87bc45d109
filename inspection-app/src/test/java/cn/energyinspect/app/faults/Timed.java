package cn.energyinspect.app.faults;

import java.util.function.Supplier;

/** An answer with how long it took; the faults suite prints the times it measured ({@code FAULT-FIGURE}). */
record Timed<T>(T value, long millis) {
    static <T> Timed<T> of(String what, Supplier<T> call) {
        long t0 = System.nanoTime();
        T value = call.get();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("FAULT-FIGURE " + what + ": " + millis + " ms");
        return new Timed<>(value, millis);
    }
}
