package es.madrid.linea.bot.nlu.classification;

import java.util.Arrays;
import java.util.List;

/**
 * Turns normalised text into hashed features: words, word n-grams and character n-grams of each word (with word
 * boundary marks, so "farola" gives "<fa", "far", ..., "la>"), which make the model robust to typos, missing accents
 * and word endings ("empadronarme", "empadronamiento"). Placeholder tokens such as {@code #date} are kept whole.
 * Features are 64-bit hashes, so no feature dictionary of strings is kept in memory or in the model.
 *
 * @param wordNgrams the longest word n-gram (1 = words only)
 * @param minCharNgram the shortest character n-gram (0 = no character n-grams)
 * @param maxCharNgram the longest character n-gram
 */
public record TextFeatures(int wordNgrams, int minCharNgram, int maxCharNgram) {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long WORD_SEED = 0x9e3779b97f4a7c15L;
    private static final long CHAR_SEED = 0xc2b2ae3d27d4eb4fL;

    public TextFeatures {
        if (wordNgrams < 1 || minCharNgram < 0 || maxCharNgram < minCharNgram) {
            throw new IllegalArgumentException("invalid feature sizes");
        }
    }

    /** The distinct features of a text's tokens, sorted. */
    public long[] extract(List<String> tokens) {
        long[] buffer = new long[64];
        int size = 0;
        long[] wordHashes = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            wordHashes[i] = hash(WORD_SEED, tokens.get(i), 0, tokens.get(i).length());
        }
        for (int n = 1; n <= wordNgrams; n++) {
            for (int start = 0; start + n <= tokens.size(); start++) {
                long h = WORD_SEED + n;
                for (int k = start; k < start + n; k++) {
                    h = mix(h, wordHashes[k]);
                }
                buffer = ensure(buffer, size + 1);
                buffer[size++] = h;
            }
        }
        if (minCharNgram > 0) {
            for (String token : tokens) {
                if (token.startsWith("#")) {
                    continue;
                }
                String marked = "<" + token + ">";
                for (int n = minCharNgram; n <= maxCharNgram; n++) {
                    for (int start = 0; start + n <= marked.length(); start++) {
                        if (n == marked.length()) {
                            continue; // the whole word is already a word feature
                        }
                        buffer = ensure(buffer, size + 1);
                        buffer[size++] = hash(CHAR_SEED + n, marked, start, start + n);
                    }
                }
            }
        }
        long[] features = Arrays.copyOf(buffer, size);
        Arrays.sort(features);
        return distinct(features);
    }

    private static long[] distinct(long[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int kept = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[kept - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    private static long[] ensure(long[] buffer, int size) {
        return size <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
    }

    private static long hash(long seed, String text, int from, int to) {
        long h = FNV_OFFSET ^ seed;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    private static long mix(long h, long value) {
        long x = (h ^ value) * 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
