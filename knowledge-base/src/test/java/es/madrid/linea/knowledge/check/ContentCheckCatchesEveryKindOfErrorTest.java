package es.madrid.linea.knowledge.check;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ContentProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deliberately broken kb-content (test resources, {@code broken-kb-content/}) shows that the check catches each
 * kind of error, and says it in Spanish with the file and the field.
 */
class ContentCheckCatchesEveryKindOfErrorTest {

    private static final List<String> PROBLEMS =
            ContentCheck.run(new ContentFolder("classpath:broken-kb-content/")).stream()
                    .map(ContentProblem::describe)
                    .toList();

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(PROBLEMS).contains("procedures/sin-precio.md: campo \"fee\": falta este campo obligatorio");
        assertThat(PROBLEMS)
                .contains("procedures/desordenado.md: campo \"## Cómo y dónde\": falta este apartado obligatorio");
        assertThat(PROBLEMS)
                .contains(
                        "offices/offices.yml: campo \"offices[oac-rota].address\": falta este campo" + " obligatorio");
    }

    @Test
    void aDuplicateIdIsNamedWithTheOtherFile() {
        assertThat(PROBLEMS)
                .contains("procedures/duplicado-uno.md: campo \"id\": el id \"duplicado-uno\" ya se usa en"
                        + " procedures/duplicado-dos.md");
        assertThat(PROBLEMS)
                .contains("procedures/duplicado-dos.md: campo \"id\": debe ser igual al nombre del archivo sin .md"
                        + " (\"duplicado-dos\")");
    }

    @Test
    void linksToUnknownProceduresOrOfficesAreNamed() {
        assertThat(PROBLEMS)
                .contains("procedures/sin-precio.md: campo \"related\": no existe ningún trámite con id \"no-existe\"")
                .contains("procedures/sin-precio.md: campo \"offices\": no existe ninguna oficina con id"
                        + " \"oficina-fantasma\" en offices/offices.yml")
                .contains("offices/districts.yml: campo \"districts[Arganzuela].reference_office\": no existe ninguna"
                        + " oficina con id \"oac-inexistente\"")
                .contains("eval/kb-dev.jsonl: campo \"línea 2\": no existe ningún trámite con id \"no-existe\"");
        assertThat(PROBLEMS).noneMatch(p -> p.contains("\"bueno\"") || p.contains("\"oac-prueba\""));
    }

    @Test
    void unknownIntentsAreNamedWhereverTheyAppear() {
        assertThat(PROBLEMS)
                .anyMatch(p -> p.startsWith(
                        "procedures/sin-precio.md: campo \"intents\": valor no válido \"pedir_pizza\"; los válidos"
                                + " son: greet,"))
                .anyMatch(p -> p.startsWith("nlu/greet.yml: campo \"intent\": intención desconocida \"saludar\""))
                .contains("eval/intents-dev.jsonl: campo \"línea 2\": intención desconocida \"pedir_pizza\"");
    }

    @Test
    void malformedFrontMatterIsNamed() {
        assertThat(PROBLEMS)
                .contains("procedures/cabecera-sin-cerrar.md: campo \"cabecera\": falta la línea \"---\" que cierra la"
                        + " cabecera")
                .contains("procedures/anidada.md: campo \"precio\": no puede ser un bloque anidado: la cabecera solo"
                        + " admite valores simples y listas de valores")
                .anyMatch(p ->
                        p.startsWith("procedures/yaml-roto.md: campo \"cabecera\": el YAML no es válido (línea 3)"));
    }

    @Test
    void valuesOutsideTheirListsAndBadFormatsAreNamed() {
        assertThat(PROBLEMS)
                .anyMatch(p -> p.startsWith("procedures/sin-precio.md: campo \"category\": valor no válido \"comida\""))
                .anyMatch(p -> p.startsWith(
                        "procedures/sin-precio.md: campo \"needs_appointment\": valor no válido \"quizas\""))
                .anyMatch(p -> p.startsWith(
                        "procedures/sin-precio.md: campo \"channels\": valor no válido \"paloma-mensajera\""))
                .anyMatch(p -> p.startsWith("procedures/sin-precio.md: campo \"color\": campo desconocido"))
                .contains("procedures/sin-precio.md: campo \"official_url\": \"sede.madrid.es/sin-precio\" no es una"
                        + " dirección web (debe empezar por https://)")
                .contains("procedures/sin-precio.md: campo \"last_reviewed\": debe ser una fecha con la forma"
                        + " AAAA-MM-DD, por ejemplo 2026-11-29")
                .contains("procedures/sin-precio.md: campo \"synonyms\": el elemento \"8\" no es un texto: si es un"
                        + " número, escríbelo entre comillas ('010')");
    }

    @Test
    void headingsOutsideTheFixedListOutOfOrderRepeatedOrEmptyAreNamed() {
        assertThat(PROBLEMS)
                .anyMatch(p -> p.startsWith("procedures/sin-precio.md: campo \"## Horario\": encabezado no admitido"))
                .contains("procedures/sin-precio.md: campo \"cuerpo\": no se admite HTML; escribe los enlaces como"
                        + " [texto](url)")
                .contains("procedures/desordenado.md: campo \"cuerpo\": hay texto antes del primer encabezado; el"
                        + " cuerpo empieza con \"## Qué es\"")
                .anyMatch(p -> p.startsWith("procedures/desordenado.md: campo \"## Qué es\": está fuera de orden"))
                .contains("procedures/desordenado.md: campo \"## Precio\": este apartado está repetido")
                .contains("procedures/desordenado.md: campo \"## Plazos\": el apartado está vacío; quítalo si no hay"
                        + " nada que decir");
    }

    @Test
    void brokenOfficesAndDistrictsAreNamed() {
        assertThat(PROBLEMS)
                .contains("offices/districts.yml: campo \"districts\": debe tener los 21 distritos de Madrid")
                .anyMatch(p -> p.startsWith("offices/offices.yml: campo \"offices[oac-rota].type\": valor no válido"))
                .contains("offices/offices.yml: campo \"offices[oac-rota].district\": \"Gotham\" no es el nombre"
                        + " oficial de un distrito")
                .contains("offices/offices.yml: campo \"offices[oac-rota].lat\": las coordenadas 41.38, 2.17 no están"
                        + " en Madrid")
                .contains("offices/offices.yml: campo \"offices[oac-rota].appointments\": debe ser true o false")
                .anyMatch(p -> p.startsWith("offices/offices.yml: campo \"offices[oac-rota].opening\""))
                .anyMatch(p -> p.startsWith("offices/offices.yml: campo \"offices[oac-rota].postcode\""));
    }

    @Test
    void brokenTrainingPhrasesAndEvaluationLinesAreNamed() {
        assertThat(PROBLEMS)
                .contains("nlu/thanks.yml: campo \"examples\": la lista no puede estar vacía")
                .contains("eval/kb-dev.jsonl: campo \"línea 3\": no es un JSON válido");
    }

    @Test
    void aWellWrittenProcedureHasNoProblems() {
        assertThat(PROBLEMS).noneMatch(p -> p.startsWith("procedures/bueno.md"));
    }
}
