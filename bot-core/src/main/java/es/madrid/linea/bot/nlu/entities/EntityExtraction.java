package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every entity extractor over one message, with one rule for overlaps: when two candidates claim the same chars, the
 * more specific type wins (an e-mail over the digits in it, a DNI over a phone-like number, an address over the
 * district in its street name, a date "3/12" over nothing else), and within a type the longer span wins. The result
 * is in text order.
 */
public final class EntityExtraction {

    /** Types in the order they win overlaps. */
    private static final Map<String, Integer> PRECEDENCE = Map.ofEntries(
            Map.entry(EmailExtractor.TYPE, 0),
            Map.entry(IdentityDocumentExtractor.DNI, 1),
            Map.entry(IdentityDocumentExtractor.NIE, 1),
            Map.entry(PhoneExtractor.TYPE, 2),
            Map.entry(DateExtractor.TYPE, 3),
            Map.entry(AddressExtractor.TYPE, 4),
            Map.entry(TimeExtractor.TYPE, 5),
            Map.entry(PostcodeExtractor.TYPE, 6),
            Map.entry(AlertCodeExtractor.TYPE, 7),
            Map.entry(DistrictExtractor.TYPE, 8));

    private final List<EntityExtractor> extractors;

    public EntityExtraction(List<EntityExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** All the extractors of spec section 5, with the districts given. */
    public static EntityExtraction standard(List<District> districts) {
        return new EntityExtraction(List.of(
                new EmailExtractor(),
                new IdentityDocumentExtractor(),
                new PhoneExtractor(),
                new DateExtractor(),
                new AddressExtractor(),
                new TimeExtractor(),
                new PostcodeExtractor(),
                new AlertCodeExtractor(),
                new DistrictExtractor(districts)));
    }

    /**
     * The entities of a text when only their spans matter (to turn them into placeholders before classifying):
     * relative dates are resolved against a fixed day, so the result does not depend on when it runs.
     */
    public List<Entity> spans(String text) {
        return extract(text, SPANS_TIME);
    }

    private static final ZonedDateTime SPANS_TIME = ZonedDateTime.parse("2026-01-01T12:00:00+01:00");

    /** The entities of a text, in text order; dates are resolved against referenceTime in Madrid. */
    public List<Entity> extract(String text, ZonedDateTime referenceTime) {
        MessageText message = MessageText.of(text, referenceTime);
        List<Entity> candidates = new ArrayList<>();
        for (EntityExtractor extractor : extractors) {
            candidates.addAll(extractor.extract(message));
        }
        candidates.sort(Comparator.<Entity>comparingInt(e -> PRECEDENCE.getOrDefault(e.type(), 99))
                .thenComparing(Comparator.<Entity>comparingInt(e -> e.end() - e.start())
                        .reversed())
                .thenComparingInt(Entity::start));
        List<Entity> kept = new ArrayList<>();
        for (Entity candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Entity::start));
        return kept;
    }
}
