package es.madrid.linea.handoff.routing;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a conversation is about, as the skill of the group that should take it: the procedures the bot consulted
 * (by id prefix) and the citizen's own words, the latest evidence first. Rules as data: each topic lists its
 * procedure id prefixes and its words ({@code word*} matches any word starting so).
 */
public final class Topics {

    /** The skill of anything no topic claims. */
    public static final String GENERAL = "general";

    /** A topic: the skill, the procedures' id prefixes and the words that reveal it. */
    public record Topic(String skill, List<String> procedurePrefixes, List<String> words) {

        public Topic {
            procedurePrefixes = List.copyOf(procedurePrefixes);
            words = words.stream().map(Topics::fold).toList();
        }

        boolean claims(ProcedureRef procedure) {
            return procedurePrefixes.stream().anyMatch(procedure.id()::startsWith);
        }

        boolean claimsWord(String token) {
            for (String word : words) {
                if (word.endsWith("*") ? token.startsWith(word.substring(0, word.length() - 1)) : token.equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Topic> topics;

    public Topics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** Taxes and fines, and the census: the two specialised groups of Línea Madrid's back office. */
    public static Topics defaults() {
        return new Topics(List.of(
                new Topic(
                        "tributos",
                        List.of(
                                "ibi-",
                                "ivtm-",
                                "plusvalia-",
                                "tributos-",
                                "tasa-",
                                "tgr-",
                                "multas-",
                                "aplazamiento-"),
                        List.of(
                                "ibi",
                                "ivtm",
                                "impuesto*",
                                "tasa",
                                "tasas",
                                "plusvalia*",
                                "multa*",
                                "recibo*",
                                "tributo*",
                                "embargo*",
                                "domiciliacion*",
                                "sancion*")),
                new Topic(
                        "padron",
                        List.of("empadronamiento-", "padron-"),
                        List.of("padron*", "empadron*", "censo", "volante*", "censar*"))));
    }

    public String of(List<RecordedEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Optional<String> skill = evidence(events.get(i).event());
            if (skill.isPresent()) {
                return skill.get();
            }
        }
        return GENERAL;
    }

    private Optional<String> evidence(ConversationEvent event) {
        if (event instanceof KnowledgeConsulted consulted) {
            for (ProcedureRef procedure : consulted.procedures()) {
                for (Topic topic : topics) {
                    if (topic.claims(procedure)) {
                        return Optional.of(topic.skill());
                    }
                }
            }
        }
        if (event instanceof UserUttered user && user.text() != null) {
            for (String token : fold(user.text()).split("[^a-z0-9ñ*]+")) {
                for (Topic topic : topics) {
                    if (topic.claimsWord(token)) {
                        return Optional.of(topic.skill());
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ñ', '\u0001');
        return Normalizer.normalize(lower, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u0001', 'ñ');
    }
}
