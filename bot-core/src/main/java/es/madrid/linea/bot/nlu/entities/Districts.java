package es.madrid.linea.bot.nlu.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the districts and their aliases from the editors' {@code kb-content/offices/districts.yml}. */
public final class Districts {

    /** Where the districts file is on the classpath (the kb-content module). */
    public static final String RESOURCE = "kb-content/offices/districts.yml";

    private Districts() {}

    /** The districts of the classpath's kb-content. */
    public static List<District> fromClasspath() {
        try (InputStream in = Districts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The districts of a districts.yml file. */
    public static List<District> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<District> read(InputStream yaml) {
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        List<District> districts = new ArrayList<>();
        for (JsonNode district : root.path("districts")) {
            String name = district.path("name").asString();
            List<String> aliases = new ArrayList<>();
            for (JsonNode alias : district.path("aliases")) {
                aliases.add(alias.asString());
            }
            districts.add(new District(name, aliases));
        }
        if (districts.size() != 21) {
            throw new IllegalStateException(RESOURCE + " must list Madrid's 21 districts, found " + districts.size());
        }
        return districts;
    }
}
