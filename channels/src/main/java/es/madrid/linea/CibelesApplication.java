package es.madrid.linea;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Cibeles: the conversational front door of Línea Madrid. Wiring lives in {@code es.madrid.linea.system}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CibelesApplication {

    public static void main(String[] args) {
        SpringApplication.run(CibelesApplication.class, args);
    }
}
