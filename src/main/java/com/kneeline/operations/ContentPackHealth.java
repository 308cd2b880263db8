package com.kneeline.operations;

import java.util.Map;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.ContentCatalogue;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The clinical content pack in health and info. A pack that fails validation stops start-up, so a node that answers
 * at all has a valid pack; readiness still names it (and its version), because a node must not take traffic before
 * its pack is loaded, and two nodes behind one balancer should run the same pack version, which info shows.
 */
@Component("contentPack")
class ContentPackHealth implements HealthIndicator, InfoContributor {

    private final ContentService content;

    ContentPackHealth(ContentService content) {
        this.content = content;
    }

    @Override
    public Health health() {
        ContentCatalogue pack = content.catalogue();
        if (pack.exercises().isEmpty() || pack.findings().isEmpty()) {
            return Health.down().withDetail("name", pack.name()).withDetail("reason", "the pack is empty").build();
        }
        return Health.up().withDetails(describe(pack)).build();
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("contentPack", describe(content.catalogue()));
    }

    private static Map<String, Object> describe(ContentCatalogue pack) {
        return Map.of("name", pack.name(), "version", pack.version(), "exercises", pack.exercises().size(),
                "findings", pack.findings().size());
    }
}
