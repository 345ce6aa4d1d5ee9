package es.madrid.linea.knowledge.offices;

import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.knowledge.api.BadParameterException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/offices}: every office, or those of a district ({@code ?district=}, official name or alias, any
 * case or accents), nearest first to a point ({@code ?near=lat,lon}); offices with unknown coordinates go last.
 */
@RestController
class OfficesController {

    private final OfficeDirectory directory;

    OfficesController(OfficeDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(path = "/api/v1/offices", produces = "application/json")
    List<OfficeView> offices(
            @RequestParam(name = "near", required = false) String near,
            @RequestParam(name = "district", required = false) String district) {
        List<Office> offices = district == null ? directory.offices() : inDistrict(district);
        if (near != null) {
            GeoPoint point = point(near);
            offices = new ArrayList<>(offices);
            offices.sort(Comparator.comparingDouble(
                    (Office o) -> o.place().map(p -> p.distanceMetres(point)).orElse(Double.MAX_VALUE)));
        }
        return offices.stream().map(OfficeView::of).toList();
    }

    private List<Office> inDistrict(String name) {
        District district = directory
                .district(name)
                .orElseThrow(() -> new BadParameterException(
                        "unknown_district",
                        "Distrito desconocido. Los distritos son: "
                                + String.join(
                                        ", ",
                                        directory.districts().stream()
                                                .map(District::name)
                                                .toList())));
        return directory.inDistrict(district.name());
    }

    private static GeoPoint point(String near) {
        String[] parts = near.split(",", -1);
        try {
            if (parts.length == 2) {
                return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // a number that is not one, or coordinates out of range: answered below
        }
        throw new BadParameterException(
                "invalid_near",
                "near debe ser latitud,longitud en grados decimales, por ejemplo near=40.4168,-3.7038.");
    }
}
