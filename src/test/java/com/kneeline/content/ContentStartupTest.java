package com.kneeline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.kneeline.content.load.ContentPackException;
import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;

@ExtendWith(OutputCaptureExtension.class)
class ContentStartupTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ContentStartupTest.class.getResource("/content-fixtures/" + name).toURI());
    }

    @Test
    void badContentDirStopsStartUpAndTheFailureAnalyzerListsEveryProblem(CapturedOutput output) throws Exception {
        SpringApplication app = new SpringApplication(ContentConfiguration.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String dir = fixture("startup-broken").toString();

        assertThatThrownBy(() -> app.run("--kneeline.content.dir=" + dir))
                .hasRootCauseInstanceOf(ContentPackException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("The KneeLine content pack at " + dir + " is invalid (2 problem(s))")
                .contains("exercises/strength.yaml:17: 'sets' must be between 1 and 10, not 12")
                .contains("findings.yaml:4: unknown key 'colour'")
                .contains("Fix each problem at the file and line shown")
                .doesNotContain("at com.kneeline.content.load.ContentPackLoader.load");
    }

    @Test
    void contentDirPropertyReplacesTheBundledPack() {
        new ApplicationContextRunner().withUserConfiguration(ContentConfiguration.class)
                .withPropertyValues("kneeline.content.dir=" + Path.of("src/test/resources/content-fixtures/valid-minimal"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ContentCatalogue.class).name()).isEqualTo("Minimal test pack");
                });
    }

    @Test
    void withoutAContentDirTheBundledPackIsLoadedAndServed() {
        new ApplicationContextRunner().withUserConfiguration(ContentConfiguration.class).run(context -> {
            assertThat(context).hasNotFailed();
            ContentService service = context.getBean(ContentService.class);
            assertThat(service.finding("weak-glute-medius")).isPresent();
            assertThat(service.searchExercises("clamshell")).isNotEmpty();
        });
    }

    @Test
    void failureAnalyzerDescribesTheProblemsAndHowToFixThem() throws Exception {
        ContentPackException ex = new ContentPackException("x",
                new ContentPackLoader().check(PackSource.directory(fixture("startup-broken"))).problems());
        FailureAnalysis analysis = new ContentPackFailureAnalyzer().analyze(new IllegalStateException(ex));
        assertThat(analysis.getDescription()).contains("  findings.yaml:4: unknown key 'colour'");
        assertThat(analysis.getAction()).contains("content/README.md").contains("KNEELINE_CONTENT_DIR");
    }
}
