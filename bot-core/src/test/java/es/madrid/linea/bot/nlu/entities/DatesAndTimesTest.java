package es.madrid.linea.bot.nlu.entities;

import static es.madrid.linea.bot.nlu.entities.Extraction.described;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates and times relative to Sunday 29 November 2026, 10:00 in Madrid (spec section 5). */
class DatesAndTimesTest {

    @Test
    void relativeDays() {
        assertThat(described("hoy no puedo")).containsExactly("date:2026-11-29[hoy]");
        assertThat(described("mañana sin falta")).containsExactly("date:2026-11-30[mañana]");
        assertThat(described("pasado mañana")).containsExactly("date:2026-12-01[pasado mañana]");
    }

    @Test
    void morningIsATimeNotTomorrow() {
        assertThat(described("mañana por la mañana"))
                .containsExactly("date:2026-11-30[mañana]", "time:09:00[por la mañana]");
        assertThat(described("a las 10 de la mañana")).containsExactly("time:10:00[a las 10 de la mañana]");
    }

    @Test
    void weekdaysAreTheNextOneStrictlyAfterToday() {
        assertThat(described("el martes")).containsExactly("date:2026-12-01[el martes]");
        assertThat(described("el próximo jueves")).containsExactly("date:2026-12-03[el próximo jueves]");
        assertThat(described("el domingo")).containsExactly("date:2026-12-06[el domingo]");
        assertThat(described("¿tenéis algo para lunes?")).containsExactly("date:2026-11-30[lunes]");
    }

    @Test
    void daysOfTheYearWithoutAYearAreThisYearUnlessPast() {
        assertThat(described("el 3 de diciembre")).containsExactly("date:2026-12-03[el 3 de diciembre]");
        assertThat(described("el 20 de noviembre")).containsExactly("date:2027-11-20[el 20 de noviembre]");
        assertThat(described("el 29 de noviembre")).containsExactly("date:2026-11-29[el 29 de noviembre]");
        assertThat(described("tengo cita el 15/12")).containsExactly("date:2026-12-15[15/12]");
        assertThat(described("el 03/12/2026")).containsExactly("date:2026-12-03[03/12/2026]");
        assertThat(described("el 3-12-2026")).containsExactly("date:2026-12-03[3-12-2026]");
    }

    @Test
    void dayOfTheMonthIsThisMonthUnlessPast() {
        assertThat(described("el día 30")).containsExactly("date:2026-11-30[el día 30]");
        assertThat(described("el día 5")).containsExactly("date:2026-12-05[el día 5]");
    }

    @Test
    void invalidOrVagueDatesAreNotDates() {
        assertThat(described("el 31/02")).isEmpty();
        assertThat(described("el 45 de marzo")).isEmpty();
        assertThat(described("la semana que viene")).isEmpty();
        assertThat(described("el mes que viene")).isEmpty();
        assertThat(described("13/13")).isEmpty();
    }

    @Test
    void hoursWithWordsAndQuarters() {
        assertThat(described("a las 10")).containsExactly("time:10:00[a las 10]");
        assertThat(described("a las diez y media")).containsExactly("time:10:30[a las diez y media]");
        assertThat(described("a las 9 y cuarto")).containsExactly("time:09:15[a las 9 y cuarto]");
        assertThat(described("a las 12 menos cuarto")).containsExactly("time:11:45[a las 12 menos cuarto]");
        assertThat(described("a la una y media")).containsExactly("time:13:30[a la una y media]");
    }

    @Test
    void clockTimesAndQualifiers() {
        assertThat(described("a las 17:30")).containsExactly("time:17:30[a las 17:30]");
        assertThat(described("el jueves 17h")).containsExactly("date:2026-12-03[el jueves]", "time:17:00[17h]");
        assertThat(described("a las 5 de la tarde")).containsExactly("time:17:00[a las 5 de la tarde]");
        assertThat(described("a las 9 de la noche")).containsExactly("time:21:00[a las 9 de la noche]");
    }

    @Test
    void bareHoursFromOneToSevenAreAfternoon() {
        assertThat(described("a las 4")).containsExactly("time:16:00[a las 4]");
        assertThat(described("a las 7")).containsExactly("time:19:00[a las 7]");
        assertThat(described("a las 8")).containsExactly("time:08:00[a las 8]");
    }

    @Test
    void partsOfTheDay() {
        assertThat(described("por la tarde")).containsExactly("time:16:00[por la tarde]");
        assertThat(described("por la noche")).containsExactly("time:20:00[por la noche]");
        assertThat(described("a mediodía")).containsExactly("time:12:00[a mediodía]");
    }

    @Test
    void numbersThatAreNotTimes() {
        assertThat(described("a las 25")).isEmpty();
        assertThat(described("tengo 2 hijos y 1 perro")).isEmpty();
        assertThat(described("a las personas mayores")).isEmpty();
    }

    @Test
    void datesAreMadridDatesWhateverTheOffsetOfTheReferenceTime() {
        assertThat(Extraction.of("hoy", "2026-11-29T23:30:00Z").get(0).value()).isEqualTo("2026-11-30");
    }
}
