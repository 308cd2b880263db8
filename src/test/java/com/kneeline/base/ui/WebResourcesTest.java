package com.kneeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * A {@code context://} URL that names a missing file does not fail loudly: Vaadin answers 200 with its HTML page.
 * So every such URL our classes declare is fetched here and must come back as the right kind of file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebResourcesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static List<String> declaredContextUrls() throws ClassNotFoundException {
        List<Class<? extends Annotation>> kinds = List.of(StyleSheet.class, StyleSheet.Container.class,
                JsModule.class, JsModule.Container.class, JavaScript.class, JavaScript.Container.class);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        kinds.forEach(kind -> scanner.addIncludeFilter(new AnnotationTypeFilter(kind)));
        List<String> urls = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("com.kneeline")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (StyleSheet s : type.getAnnotationsByType(StyleSheet.class)) urls.add(s.value());
            for (JsModule m : type.getAnnotationsByType(JsModule.class)) urls.add(m.value());
            for (JavaScript j : type.getAnnotationsByType(JavaScript.class)) urls.add(j.value());
        }
        return urls.stream().filter(url -> url.startsWith("context://")).distinct().toList();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyOwnStylesheetAndModuleIsServedAsCssOrJavaScriptNotAsVaadinsHtmlPage() throws Exception {
        List<String> urls = declaredContextUrls();
        assertThat(urls).as("the app shell declares our stylesheet").contains(WebAssets.STYLESHEET);
        for (String url : urls) {
            HttpResponse<String> response = get(url.substring("context:/".length()));
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(type).as(url).containsAnyOf("text/css", "javascript");
            assertThat(response.body()).as(url).doesNotContain("<!DOCTYPE html>");
        }
    }

    @Test
    void theChartJsWebJarIsServedToSignedOutVisitorsToo() throws Exception {
        HttpResponse<String> response = get("/webjars/chart.js/4.5.1/dist/chart.umd.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("javascript");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/admin/users", "/assessment", "/assessments",
            "/assessments/1", "/programme", "/library", "/findings"})
    void aSignedOutVisitorAskingForAnyProtectedPageIsRedirectedToTheLoginPage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void aSignedOutVisitorAskingForTheHomeIsRedirectedToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
}
