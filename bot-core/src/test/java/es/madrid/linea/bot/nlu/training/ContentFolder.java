package es.madrid.linea.bot.nlu.training;

import java.nio.file.Path;

/** Test fixture: the project's kb-content folder (tests run in the bot-core module folder). */
final class ContentFolder {

    static final Path ROOT = Path.of("..", "kb-content");

    private ContentFolder() {}
}
