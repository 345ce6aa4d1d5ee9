package es.madrid.linea.knowledge.editing;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The editors' page at {@code /editor/}: a static page (classpath {@code static/editor/}) on the editor API. */
@Configuration(proxyBeanMethods = false)
class EditorPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/editor", "/editor/");
        registry.addViewController("/editor/").setViewName("forward:/editor/index.html");
    }
}
