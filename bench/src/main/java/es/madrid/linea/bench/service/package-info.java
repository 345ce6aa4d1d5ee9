/**
 * The service under test seen from outside: launching the real jar in its own process on loopback, waiting for it
 * to be ready (the start-up time), and probing its heap, resident memory and CPU time. Uses only the JDK and the
 * suite's report types.
 */
package es.madrid.linea.bench.service;
