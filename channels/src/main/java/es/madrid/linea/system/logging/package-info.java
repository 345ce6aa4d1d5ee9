/**
 * Structured (JSON) logs with personal data masked in every message and stack trace, so logs can be shipped and kept
 * without becoming a register of citizens.
 */
package es.madrid.linea.system.logging;
