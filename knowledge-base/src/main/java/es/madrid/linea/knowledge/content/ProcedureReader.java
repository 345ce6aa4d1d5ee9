package es.madrid.linea.knowledge.content;

import es.madrid.linea.bot.knowledge.AppointmentNeed;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import es.madrid.linea.bot.nlu.Intents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules of a procedure file (content spec, section 1): reads {@code procedures/<id>.md} into a {@link Procedure}
 * or says, field by field, what is wrong. Used by the content check over kb-content and by the editor API on every
 * draft, so both refuse the same things with the same words.
 */
public final class ProcedureReader {

    public static final List<String> CATEGORIES = List.of(
            "padron",
            "tributos",
            "multas",
            "movilidad",
            "identidad-digital",
            "mayores",
            "animales",
            "cultura",
            "deportes",
            "medio-ambiente",
            "registro",
            "servicios-sociales",
            "urbanismo",
            "otros");
    public static final List<String> CHANNELS =
            List.of("online", "telefono-010", "oac", "oaic", "registro", "correo", "app-madrid-movil", "otra-oficina");
    public static final List<String> CONFIDENCES = List.of("high", "medium", "low");
    static final List<String> FIELDS = List.of(
            "id",
            "title",
            "category",
            "summary",
            "synonyms",
            "intents",
            "needs_appointment",
            "appointment_service",
            "fee",
            "channels",
            "official_url",
            "related",
            "offices",
            "sources",
            "last_reviewed",
            "confidence");

    /** Procedure ids: lower-case words joined by hyphens, because they are file names and URL parts. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What a procedure may point to: which procedure ids and office ids exist. */
    public record References(Predicate<String> procedures, Predicate<String> offices) {}

    /** The outcome of reading a file: the procedure (revision 0) when there are no problems. */
    public record Reading(Optional<Procedure> procedure, List<ContentProblem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    private ProcedureReader() {}

    /** References that accept anything: for reading content that was checked when it was saved. */
    public static final References ANY = new References(id -> true, id -> true);

    /** A file's front matter fields and sections as written, without checking them, if it can be read at all. */
    public record Parts(Map<String, Object> fields, Map<ProcedureSection, String> sections) {}

    public static Optional<Parts> parts(ContentFile file) {
        return FrontMatter.read(file, new ArrayList<>())
                .map(front ->
                        new Parts(front.fields(), ProcedureBody.read(file.path(), front.body(), new ArrayList<>())));
    }

    /** The id a file declares in its front matter, if its front matter can be read at all. */
    public static Optional<String> declaredId(ContentFile file) {
        return FrontMatter.read(file, new ArrayList<>())
                .map(front -> front.fields().get("id"))
                .filter(String.class::isInstance)
                .map(String.class::cast);
    }

    public static Reading read(ContentFile file, References references) {
        List<ContentProblem> problems = new ArrayList<>();
        Optional<FrontMatter> front = FrontMatter.read(file, problems);
        if (front.isEmpty()) {
            return new Reading(Optional.empty(), problems);
        }
        Map<ProcedureSection, String> sections =
                ProcedureBody.read(file.path(), front.get().body(), problems);
        Procedure procedure = fields(file, front.get().fields(), references, problems, sections);
        return new Reading(problems.isEmpty() ? Optional.of(procedure) : Optional.empty(), problems);
    }

    private static Procedure fields(
            ContentFile file,
            Map<String, Object> values,
            References references,
            List<ContentProblem> problems,
            Map<ProcedureSection, String> sections) {
        FieldReader fields = new FieldReader(file.path(), values, problems);
        values.keySet().stream()
                .filter(name -> !FIELDS.contains(name))
                .forEach(name ->
                        fields.problem(name, "campo desconocido; los campos son: " + String.join(", ", FIELDS)));

        String id = fields.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            fields.problem("id", "\"" + id + "\" no vale como id: solo minúsculas sin tildes, números y guiones");
        } else if (id != null && !id.equals(file.baseName())) {
            fields.problem("id", "debe ser igual al nombre del archivo sin .md (\"" + file.baseName() + "\")");
        }
        String category = fields.oneOf("category", v -> Optional.of(v).filter(CATEGORIES::contains), CATEGORIES)
                .orElse(null);
        List<String> intents = fields.list("intents");
        fields.allIn("intents", intents, Intents.ALL);
        if (!intents.isEmpty() && !intents.contains(Intents.PROCEDURE_INFO)) {
            fields.problem("intents", "debe incluir siempre procedure_info");
        }
        AppointmentNeed appointment = fields.oneOf(
                        "needs_appointment",
                        AppointmentNeed::fromContent,
                        Arrays.stream(AppointmentNeed.values())
                                .map(AppointmentNeed::contentValue)
                                .toList())
                .orElse(AppointmentNeed.UNKNOWN);
        String appointmentService = fields.optionalText("appointment_service");
        if (appointmentService != null && appointment != AppointmentNeed.REQUIRED) {
            fields.problem("appointment_service", "solo se pone cuando needs_appointment es true");
        }
        List<String> channels = fields.list("channels");
        fields.allIn("channels", channels, CHANNELS);
        String officialUrl = fields.text("official_url");
        fields.url("official_url", officialUrl);
        List<String> sources = fields.list("sources");
        sources.forEach(source -> fields.url("sources", source));
        List<String> related = fields.optionalList("related");
        related.stream()
                .filter(other -> other.equals(id) || !references.procedures().test(other))
                .forEach(other -> fields.problem(
                        "related",
                        other.equals(id)
                                ? "un trámite no puede estar relacionado consigo mismo"
                                : "no existe ningún trámite con id \"" + other + "\""));
        List<String> offices = fields.optionalList("offices");
        offices.stream()
                .filter(office -> !references.offices().test(office))
                .forEach(office -> fields.problem(
                        "offices", "no existe ninguna oficina con id \"" + office + "\" en " + ContentFolder.OFFICES));
        String confidence = fields.oneOf("confidence", v -> Optional.of(v).filter(CONFIDENCES::contains), CONFIDENCES)
                .orElse(null);
        LocalDate lastReviewed = fields.date("last_reviewed");
        return new Procedure(
                id,
                fields.text("title"),
                category,
                fields.text("summary"),
                0,
                officialUrl,
                appointment,
                appointmentService,
                fields.text("fee"),
                channels,
                related,
                offices,
                fields.list("synonyms"),
                intents,
                sources,
                lastReviewed,
                confidence,
                sections);
    }

    /** Whether an id names a procedure that may exist (for URLs and drafts). */
    public static boolean isValidId(String id) {
        return id != null && id.length() <= 100 && ID.matcher(id).matches();
    }
}
