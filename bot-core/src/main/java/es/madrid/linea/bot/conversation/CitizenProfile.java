package es.madrid.linea.bot.conversation;

/**
 * What the channel or the citizen told us about themselves, all optional. Personal data: never logged unmasked.
 *
 * @param priority true when the channel or profile marks a priority citizen (elderly, vulnerable)
 */
public record CitizenProfile(
        String name, String phone, Integer birthYear, String postcode, String address, Boolean priority) {

    public static CitizenProfile anonymous() {
        return new CitizenProfile(null, null, null, null, null, null);
    }

    public boolean priorityCitizen() {
        return Boolean.TRUE.equals(priority);
    }

    @Override
    public String toString() {
        // Records print every component; a profile must not leak personal data into logs by accident.
        return "CitizenProfile[masked]";
    }
}
