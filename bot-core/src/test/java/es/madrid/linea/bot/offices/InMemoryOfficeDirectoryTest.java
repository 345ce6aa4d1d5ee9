package es.madrid.linea.bot.offices;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.geo.GeoPoint;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryOfficeDirectoryTest {

    private static final Office ARGANZUELA =
            office("oac-arganzuela", "Arganzuela", "28045", new GeoPoint(40.393073, -3.699006));
    private static final Office CHAMBERI =
            office("oac-chamberi", "Chamberí", "28010", new GeoPoint(40.430569, -3.702253));
    private static final Office VALLECAS =
            office("oac-puente-de-vallecas", "Puente de Vallecas", "28018", new GeoPoint(40.39, -3.66));
    private static final Office NO_PLACE = office("registro-civil", null, null, null);

    private final OfficeDirectory directory = new InMemoryOfficeDirectory(
            List.of(ARGANZUELA, CHAMBERI, VALLECAS, NO_PLACE),
            List.of(
                    new District(7, "Chamberí", List.of(), List.of("Trafalgar"), "oac-chamberi", List.of("28010")),
                    new District(1, "Centro", List.of(), List.of("Sol"), "oac-chamberi", List.of("28014")),
                    new District(
                            13,
                            "Puente de Vallecas",
                            List.of("Vallecas", "Puente Vallecas"),
                            List.of(),
                            "oac-puente-de-vallecas",
                            List.of())));

    @Test
    void aDistrictIsFoundByNameOrAliasWhateverTheCaseAndAccents() {
        assertThat(directory.district("CHAMBERI")).map(District::code).hasValue(7);
        assertThat(directory.district("vallecas")).map(District::name).hasValue("Puente de Vallecas");
        assertThat(directory.district("puente-de-vallecas")).map(District::code).hasValue(13);
        assertThat(directory.district("Narnia")).isEmpty();
    }

    @Test
    void theDistrictsAreListedByCode() {
        assertThat(directory.districts()).extracting(District::code).containsExactly(1, 7, 13);
    }

    @Test
    void theReferenceOfficeOfADistrictWithoutAnOfficeIsItsNeighbours() {
        assertThat(directory.referenceOffice("centro")).map(Office::id).hasValue("oac-chamberi");
        assertThat(directory.referenceOffice("Vallecas")).map(Office::id).hasValue("oac-puente-de-vallecas");
        assertThat(directory.referenceOffice("Narnia")).isEmpty();
    }

    @Test
    void theNearestOfficesComeFirstAndOfficesWithoutCoordinatesAreLeftOut() {
        GeoPoint glorietaDeBilbao = new GeoPoint(40.428, -3.702);

        assertThat(directory.nearest(glorietaDeBilbao, 10))
                .extracting(Office::id)
                .containsExactly("oac-chamberi", "oac-arganzuela", "oac-puente-de-vallecas");
        assertThat(directory.nearest(glorietaDeBilbao, 1))
                .extracting(Office::id)
                .containsExactly("oac-chamberi");
    }

    @Test
    void officesAreFoundByIdDistrictAndPostcode() {
        assertThat(directory.office("oac-arganzuela")).hasValue(ARGANZUELA);
        assertThat(directory.inDistrict("chamberi")).containsExactly(CHAMBERI);
        assertThat(directory.inDistrict("Narnia")).isEmpty();
        assertThat(directory.withPostcode(" 28045 ")).containsExactly(ARGANZUELA);
        assertThat(directory.offices()).hasSize(4);
    }

    @Test
    void openingHoursCoverTheirDaysUntilClosingTime() {
        OpeningHours weekdays = new OpeningHours(OpeningHours.Days.MON_THU, LocalTime.of(8, 30), LocalTime.of(17, 0));

        assertThat(weekdays.covers(DayOfWeek.MONDAY, LocalTime.of(8, 30))).isTrue();
        assertThat(weekdays.covers(DayOfWeek.THURSDAY, LocalTime.of(17, 0))).isFalse();
        assertThat(weekdays.covers(DayOfWeek.FRIDAY, LocalTime.of(10, 0))).isFalse();
        assertThat(OpeningHours.Days.fromContent("mon-fri")).hasValue(OpeningHours.Days.MON_FRI);
        assertThat(OfficeType.fromContent("oac-auxiliar").map(OfficeType::isLineaMadrid))
                .hasValue(true);
    }

    private static Office office(String id, String district, String postcode, GeoPoint location) {
        return new Office(
                id,
                "Oficina " + id,
                null,
                OfficeType.OAC,
                district,
                null,
                null,
                "Calle Falsa, 1",
                postcode,
                location,
                "010",
                "De lunes a jueves, de 8:30 a 17:00",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                true,
                null);
    }
}
