package es.madrid.linea.bot.offices;

import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.text.SpanishText;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory held in memory: a few dozen offices and 21 districts, read once from the content. District names
 * and aliases are looked up folded, so "chamberi", "Chamberí" and "CHAMBERÍ" are the same district.
 */
public final class InMemoryOfficeDirectory implements OfficeDirectory {

    private final Map<String, Office> offices = new LinkedHashMap<>();
    private final List<District> districts;
    private final Map<String, District> districtsByName = new HashMap<>();

    public InMemoryOfficeDirectory(Collection<Office> offices, Collection<District> districts) {
        offices.forEach(o -> this.offices.put(o.id(), o));
        this.districts = districts.stream()
                .sorted(Comparator.comparingInt(District::code))
                .toList();
        for (District district : this.districts) {
            districtsByName.put(SpanishText.fold(district.name()), district);
            district.aliases().forEach(alias -> districtsByName.putIfAbsent(SpanishText.fold(alias), district));
        }
    }

    @Override
    public List<Office> offices() {
        return List.copyOf(offices.values());
    }

    @Override
    public Optional<Office> office(String id) {
        return Optional.ofNullable(offices.get(id));
    }

    @Override
    public List<District> districts() {
        return districts;
    }

    @Override
    public Optional<District> district(String nameOrAlias) {
        return Optional.ofNullable(districtsByName.get(SpanishText.fold(nameOrAlias)));
    }

    @Override
    public List<Office> inDistrict(String nameOrAlias) {
        return district(nameOrAlias)
                .map(d -> offices.values().stream()
                        .filter(o -> d.name().equals(o.district()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<Office> withPostcode(String postcode) {
        String wanted = postcode.strip();
        return offices.values().stream()
                .filter(o -> wanted.equals(o.postcode()))
                .toList();
    }

    @Override
    public List<Office> nearest(GeoPoint point, int limit) {
        return offices.values().stream()
                .filter(o -> o.location() != null)
                .sorted(Comparator.comparingDouble(o -> o.location().distanceMetres(point)))
                .limit(Math.max(0, limit))
                .toList();
    }

    @Override
    public Optional<Office> referenceOffice(String districtNameOrAlias) {
        return district(districtNameOrAlias).flatMap(d -> office(d.referenceOffice()));
    }
}
