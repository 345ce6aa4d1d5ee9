package es.madrid.linea.bench.report;

/**
 * Memory of the process under test, in MB; null where it could not be read.
 *
 * @param heapUsedMb heap in use when sampled (includes garbage not yet collected)
 * @param heapAfterGcMb heap in use right after a full collection: what the process really keeps
 * @param rssMb resident set size of the whole process (heap, metaspace, threads, code, buffers)
 */
public record Memory(Double heapUsedMb, Double heapAfterGcMb, Double rssMb) {

    public static final Memory UNKNOWN = new Memory(null, null, null);
}
