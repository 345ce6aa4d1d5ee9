package es.madrid.linea.backoffice;

import es.madrid.linea.system.CibelesProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times in the back office's API answers: ISO-8601 with the council's offset, e.g. 2026-12-02T10:30:00+01:00. */
@Component
public final class ApiTimes {

    private final ZoneId zone;

    public ApiTimes(CibelesProperties properties) {
        this.zone = properties.zone();
    }

    /** Null stays null. */
    public String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    public String format(ZonedDateTime time) {
        return time == null ? null : format(time.toInstant());
    }
}
