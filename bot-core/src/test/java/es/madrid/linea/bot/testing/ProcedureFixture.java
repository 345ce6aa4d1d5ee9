package es.madrid.linea.bot.testing;

import es.madrid.linea.bot.knowledge.AppointmentNeed;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A few procedures written as code, with only the sections each test needs. */
public final class ProcedureFixture {

    public static Procedure ibiPago() {
        return procedure(
                "ibi-pago",
                "Pagar el IBI (la contribución)",
                "tributos",
                "Pagar cada año el impuesto de tu casa o local.",
                List.of("IBI", "contribución", "impuesto de la casa"),
                Map.of(
                        ProcedureSection.WHAT, "El IBI es el impuesto anual de las viviendas y locales.",
                        ProcedureSection.DOCUMENTS, "- El recibo o la carta de pago.\n- Tu DNI.",
                        ProcedureSection.PRICE, "Según el valor catastral: consulta el recibo.",
                        ProcedureSection.HOW_AND_WHERE,
                                "- En persona en la [OAIC](https://example.org/oaic) de Alcalá, 45.\n- En el banco."));
    }

    public static Procedure empadronamientoAlta() {
        return procedure(
                "empadronamiento-alta",
                "Alta en el Padrón (empadronarse)",
                "padron",
                "Inscribirte en el Padrón de Madrid si vienes a vivir a la ciudad.",
                List.of("empadronarme", "apuntarme en el padrón", "censarme"),
                Map.of(
                        ProcedureSection.WHAT, "Es inscribirte como vecino de Madrid.",
                        ProcedureSection.DOCUMENTS, "- Hoja padronal.\n- DNI, NIE o pasaporte.",
                        ProcedureSection.HOW_AND_WHERE, "Con cita previa en una oficina de Línea Madrid."));
    }

    public static Procedure volante() {
        return procedure(
                "padron-volante-empadronamiento",
                "Volante de empadronamiento",
                "padron",
                "Un documento que dice dónde estás empadronado.",
                List.of("volante del padrón"),
                Map.of(
                        ProcedureSection.WHAT, "Informa de tu domicilio en el Padrón.",
                        ProcedureSection.HOW_AND_WHERE, "Por internet o en una oficina."));
    }

    public static Procedure certificado() {
        return procedure(
                "padron-certificado-empadronamiento",
                "Certificado de empadronamiento",
                "padron",
                "Un documento oficial que certifica dónde estás empadronado.",
                List.of("certificado del padrón"),
                Map.of(
                        ProcedureSection.WHAT, "Certifica tu domicilio en el Padrón.",
                        ProcedureSection.HOW_AND_WHERE, "Por internet o en una oficina."));
    }

    public static List<Procedure> all() {
        return List.of(ibiPago(), empadronamientoAlta(), volante(), certificado());
    }

    public static Procedure procedure(
            String id,
            String title,
            String category,
            String summary,
            List<String> synonyms,
            Map<ProcedureSection, String> sections) {
        return new Procedure(
                id,
                title,
                category,
                summary,
                1,
                "https://sede.madrid.es/" + id,
                AppointmentNeed.UNKNOWN,
                null,
                "Gratuito",
                List.of("oac"),
                List.of(),
                List.of(),
                synonyms,
                List.of("procedure_info"),
                List.of("https://sede.madrid.es/" + id),
                LocalDate.of(2026, 11, 29),
                "high",
                sections);
    }

    private ProcedureFixture() {}
}
