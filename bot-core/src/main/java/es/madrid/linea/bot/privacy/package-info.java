/**
 * Personal data protection: masking DNI/NIE, phone numbers, e-mails and street addresses in any text that leaves
 * the conversation log (application logs, exports), and pseudonymising channel identities.
 */
package es.madrid.linea.bot.privacy;
