package es.madrid.linea.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizen messages the load is made of: every {@code text} of the team's dev sets ({@code kb-content/eval/*-dev.jsonl}:
 * greetings and small talk, procedure questions, dates, addresses and incidents), shuffled with a fixed seed so
 * every run sends the same sequence. The held-out test splits are never used.
 */
public final class MessageMix {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20_261_129L;

    private final List<String> texts;

    private MessageMix(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no messages in the dev sets");
        }
        this.texts = List.copyOf(texts);
    }

    /** Reads the dev sets in a {@code kb-content/eval} directory. */
    public static MessageMix fromDevSets(Path evalDirectory) {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(evalDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-dev.jsonl"))
                    .sorted()
                    .toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        JsonNode row = JSON.readTree(line);
                        String text = row.path("text").asString("");
                        if (!text.isBlank()) {
                            texts.add(text);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev sets in " + evalDirectory, e);
        }
        Collections.shuffle(texts, new Random(SEED));
        return new MessageMix(texts);
    }

    public static MessageMix of(List<String> texts) {
        return new MessageMix(texts);
    }

    /** The n-th message of the sequence (wrapping around). */
    public String get(long n) {
        return texts.get((int) Math.floorMod(n, (long) texts.size()));
    }

    public int size() {
        return texts.size();
    }
}
