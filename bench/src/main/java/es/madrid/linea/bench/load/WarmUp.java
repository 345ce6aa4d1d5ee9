package es.madrid.linea.bench.load;

/**
 * How many unrecorded operations go before the recorded ones in the scenarios that measure one operation at a time
 * (handoffs, publications): the first ones run through code the JIT has not compiled yet and would only measure
 * that.
 */
public final class WarmUp {

    private WarmUp() {}

    /** A fifth of the recorded operations, at least one. */
    public static int before(int recorded) {
        return Math.max(1, recorded / 5);
    }
}
