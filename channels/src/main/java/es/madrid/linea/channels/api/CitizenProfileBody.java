package es.madrid.linea.channels.api;

import es.madrid.linea.bot.conversation.CitizenProfile;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a channel or app already knows of the citizen; every field optional. */
record CitizenProfileBody(
        @Size(max = 100) String name,

        @Size(max = 30) @Pattern(regexp = "[+0-9 .()-]*", message = "solo dígitos, espacios y +")
        String phone,

        @Min(1900) @Max(2100) Integer birthYear,

        @Pattern(regexp = "\\d{5}", message = "debe tener 5 dígitos")
        String postcode,

        @Size(max = 200) String address,
        Boolean priority) {

    CitizenProfile toProfile() {
        return new CitizenProfile(name, phone, birthYear, postcode, address, priority);
    }

    @Override
    public String toString() {
        return "CitizenProfileBody[masked]";
    }
}
