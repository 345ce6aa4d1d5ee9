package es.madrid.linea.bot.offices;

import java.util.Arrays;
import java.util.Optional;

/** What kind of office it is, with the names the content uses. */
public enum OfficeType {
    /** A district Línea Madrid office (Oficina de Atención a la Ciudadanía). */
    OAC("oac"),
    /** A smaller Línea Madrid office with shorter hours (Aravaca, El Pardo, Las Tablas). */
    OAC_AUXILIAR("oac-auxiliar"),
    /** The taxpayers' office (Oficina de Atención Integral al Contribuyente). */
    OAIC("oaic"),
    /** A council office for one matter (lost property, fines, parking permits, animals). */
    OFICINA_ESPECIALIZADA("oficina-especializada"),
    /** An office of another administration (e.g. the Civil Registry). */
    OTRA_ADMINISTRACION("otra-administracion");

    private final String contentName;

    OfficeType(String contentName) {
        this.contentName = contentName;
    }

    public String contentName() {
        return contentName;
    }

    /** Línea Madrid's own offices: where the general procedures and cita previa are done. */
    public boolean isLineaMadrid() {
        return this == OAC || this == OAC_AUXILIAR;
    }

    public static Optional<OfficeType> fromContent(String name) {
        return Arrays.stream(values()).filter(t -> t.contentName.equals(name)).findFirst();
    }
}
