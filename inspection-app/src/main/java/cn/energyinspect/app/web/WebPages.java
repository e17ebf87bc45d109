package cn.energyinspect.app.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web pages (the Vue single-page app built from {@code frontend/} into {@code static/}). Its routes use the
 * browser's history, so a page address such as {@code /cases/12} is answered with {@code index.html} and the app
 * shows the page; files (anything with an extension) and the server's own paths (API, mobile API, actuator, Camunda,
 * OpenAPI) are never answered with the app, so an unknown API address stays a 404 problem. The pages hold no data: all
 * of it comes from the API, under the same security. The inspectors' offline app lives under {@code /m/} with its own
 * {@code m/index.html}.
 */
@Configuration
public class WebPages implements WebMvcConfigurer {
    static final List<String> SERVER_PATHS = List.of(
            "api/", "mobile/", "actuator/", "camunda/", "engine-rest/", "v3/", "swagger-ui/", "swagger-ui.html");
    private static final ClassPathResource INDEX = new ClassPathResource("static/index.html");
    /** The inspectors' offline app (a PWA under {@code /m/}, its own entry, service worker and manifest). */
    private static final ClassPathResource MOBILE_INDEX = new ClassPathResource("static/m/index.html");

    /** Whether the build included the web pages ({@code -Dskip.frontend=true} leaves them out). */
    public static boolean present() {
        return INDEX.exists();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // file names under assets/ carry a content hash: cache them for good
        registry.addResourceHandler("/m/assets/**")
                .addResourceLocations("classpath:/static/m/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new HistoryFallback());
    }

    /** A file that exists, else {@code index.html} for a page address, else nothing (404). */
    static final class HistoryFallback extends PathResourceResolver {
        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource file = super.getResource(resourcePath, location);
            if (file != null) {
                return file;
            }
            if (!isPageAddress(resourcePath)) {
                return null;
            }
            Resource index = isMobileAddress(resourcePath) ? MOBILE_INDEX : INDEX;
            return index.exists() ? index : null;
        }
    }

    /**
     * A page of the inspectors' app ({@code m}, {@code m/cases/12}): answered with its own {@code index.html}, whose
     * service worker (scope {@code /m/}, served like every file with {@code no-cache}, so an update is seen at once)
     * serves the app offline.
     */
    static boolean isMobileAddress(String path) {
        return path.equals("m") || path.startsWith("m/");
    }

    /** A path (without its leading slash) the app's router shows: not a server path, no file extension. */
    static boolean isPageAddress(String path) {
        for (String prefix : SERVER_PATHS) {
            if (path.startsWith(prefix) || (path + "/").equals(prefix)) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
