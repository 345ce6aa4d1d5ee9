package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The office to suggest for an appointment, among those that give it: the reference office of the citizen's district
 * (said in the conversation, or found from a postcode they gave or have in their profile), else the nearest to a
 * location they shared. When the reference office does not give the appointment, the bookable office nearest to it.
 */
final class ReferenceOffice {

    private static final Pattern MADRID_POSTCODE = Pattern.compile("\\b(28[0-9]{3})\\b");

    private final OfficeDirectory directory;

    ReferenceOffice(OfficeDirectory directory) {
        this.directory = directory;
    }

    /** The office suggested and why, in Spanish for the agent. */
    record Suggestion(Office office, String reason) {}

    Optional<Suggestion> among(List<Office> bookable, GatheredFacts facts) {
        if (bookable.isEmpty()) {
            return Optional.empty();
        }
        Optional<District> district =
                facts.slotOrEntity(GatheredFacts.DISTRICT, "district").flatMap(directory::district);
        if (district.isPresent()) {
            return ofDistrict(bookable, district.get(), "");
        }
        Optional<String> postcode = postcode(facts);
        Optional<District> byPostcode = postcode.flatMap(this::districtOf);
        if (byPostcode.isPresent()) {
            return ofDistrict(bookable, byPostcode.get(), " (código postal " + postcode.get() + ")");
        }
        if (facts.location() != null) {
            return bookable.stream()
                    .filter(o -> o.location() != null)
                    .min(Comparator.comparingDouble(o -> o.location().distanceMetres(facts.location())))
                    .map(o -> new Suggestion(o, "La más cercana a la ubicación que compartió el ciudadano."));
        }
        return Optional.empty();
    }

    private Optional<Suggestion> ofDistrict(List<Office> bookable, District district, String how) {
        String reason = "Oficina de referencia del distrito " + district.name() + how + ".";
        Optional<Office> reference = directory.office(district.referenceOffice());
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        Office office = reference.get();
        if (bookable.stream().anyMatch(o -> o.id().equals(office.id()))) {
            return Optional.of(new Suggestion(office, reason));
        }
        if (office.location() == null) {
            return Optional.empty();
        }
        return bookable.stream()
                .filter(o -> o.location() != null)
                .min(Comparator.comparingDouble(o -> o.location().distanceMetres(office.location())))
                .map(o -> new Suggestion(
                        o,
                        "La más cercana a la oficina de referencia del distrito " + district.name() + how
                                + ", que no da cita para este trámite."));
    }

    /** Said in the conversation first, then the profile's postcode, then one written in an address. */
    private static Optional<String> postcode(GatheredFacts facts) {
        CitizenProfile citizen = facts.conversation().citizen();
        return Stream.of(
                        facts.slotOrEntity(GatheredFacts.POSTCODE, "postcode").orElse(null),
                        citizen.postcode(),
                        facts.entity("address").orElse(null),
                        citizen.address())
                .map(ReferenceOffice::madridPostcode)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> madridPostcode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = MADRID_POSTCODE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Optional<District> districtOf(String postcode) {
        return directory.districts().stream()
                .filter(d -> d.postcodes().contains(postcode))
                .findFirst();
    }
}
