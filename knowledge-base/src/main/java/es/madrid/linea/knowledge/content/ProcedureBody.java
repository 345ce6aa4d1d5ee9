package es.madrid.linea.knowledge.content;

import es.madrid.linea.bot.knowledge.ProcedureSection;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A procedure's body split by its fixed level-2 headings. The bot answers by picking a section, so a heading that is
 * not in the list, out of order or repeated would hide text from it: each is a problem.
 */
final class ProcedureBody {

    private static final Pattern HEADING = Pattern.compile("^(#{1,2})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final String BODY = "cuerpo";

    private ProcedureBody() {}

    static Map<ProcedureSection, String> read(String file, String body, List<ContentProblem> problems) {
        Map<ProcedureSection, String> sections = new EnumMap<>(ProcedureSection.class);
        ProcedureSection current = null;
        boolean underUnknownHeading = false;
        boolean loose = false;
        StringBuilder text = new StringBuilder();
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            var heading = HEADING.matcher(line);
            if (!heading.matches()) {
                if (current == null && !underUnknownHeading && !line.isBlank() && !loose) {
                    problems.add(new ContentProblem(
                            file, BODY, "hay texto antes del primer encabezado; el cuerpo empieza con \"## Qué es\""));
                    loose = true;
                }
                text.append(line).append('\n');
                continue;
            }
            store(file, sections, current, text, problems);
            text.setLength(0);
            Optional<ProcedureSection> section =
                    heading.group(1).length() == 2 ? ProcedureSection.byHeading(heading.group(2)) : Optional.empty();
            if (section.isEmpty()) {
                problems.add(new ContentProblem(file, line.strip(), unknownHeading()));
                current = null;
                underUnknownHeading = true;
                continue;
            }
            underUnknownHeading = false;
            if (sections.containsKey(section.get())) {
                problems.add(new ContentProblem(file, line.strip(), "este apartado está repetido"));
            } else if (sections.keySet().stream()
                    .anyMatch(seen -> seen.ordinal() > section.get().ordinal())) {
                problems.add(new ContentProblem(file, line.strip(), "está fuera de orden; el orden es: " + order()));
            }
            current = section.get();
        }
        store(file, sections, current, text, problems);
        for (ProcedureSection section : ProcedureSection.values()) {
            if (section.required() && !sections.containsKey(section)) {
                problems.add(new ContentProblem(file, "## " + section.heading(), "falta este apartado obligatorio"));
            }
        }
        if (HTML.matcher(body).find()) {
            problems.add(new ContentProblem(file, BODY, "no se admite HTML; escribe los enlaces como [texto](url)"));
        }
        return sections;
    }

    private static void store(
            String file,
            Map<ProcedureSection, String> sections,
            ProcedureSection section,
            CharSequence text,
            List<ContentProblem> problems) {
        if (section == null || sections.containsKey(section)) {
            return;
        }
        String content = text.toString().strip();
        if (content.isEmpty()) {
            problems.add(new ContentProblem(
                    file, "## " + section.heading(), "el apartado está vacío; quítalo si no hay nada que decir"));
            return;
        }
        sections.put(section, content);
    }

    private static String unknownHeading() {
        return "encabezado no admitido; usa solo estos, con \"## \": " + order();
    }

    private static String order() {
        return String.join(
                ", ",
                Arrays.stream(ProcedureSection.values())
                        .map(ProcedureSection::heading)
                        .toList());
    }
}
