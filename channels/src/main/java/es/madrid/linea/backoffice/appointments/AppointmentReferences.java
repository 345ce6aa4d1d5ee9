package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.bot.conversation.IdSource;
import java.security.SecureRandom;

/**
 * Appointment references a citizen can read out on the phone: 8 characters without look-alikes (no 0/O, 1/I/L),
 * e.g. {@code K7XQ2M9P}. Random, so they cannot be guessed (40 bits): the reference is all the public API asks for.
 */
final class AppointmentReferences implements IdSource {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newId() {
        char[] reference = new char[8];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(reference);
    }
}
