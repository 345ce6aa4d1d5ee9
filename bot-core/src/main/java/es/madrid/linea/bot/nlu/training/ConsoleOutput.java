package es.madrid.linea.bot.nlu.training;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output in UTF-8, for the command-line tools whose report is their output (builder, evaluation). */
public final class ConsoleOutput {

    private ConsoleOutput() {}

    public static PrintStream open() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
