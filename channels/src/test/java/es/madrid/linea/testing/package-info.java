/**
 * Test support for the application: an HTTP client for the public API, the base of integration tests that start the
 * whole service on a random port, and a headless Chromium for the pages.
 */
package es.madrid.linea.testing;
