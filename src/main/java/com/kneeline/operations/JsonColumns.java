package com.kneeline.operations;

import org.hibernate.cfg.MappingSettings;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) are written and read by the application's own JsonMapper, the
 * one the services used before Hibernate took over, so stored JSON keeps its shape. Without this Hibernate would
 * build a second mapper of its own.
 */
@Configuration(proxyBeanMethods = false)
class JsonColumns {

    @Bean
    HibernatePropertiesCustomizer jsonColumnsUseTheAppsMapper(JsonMapper json) {
        return properties -> properties.put(MappingSettings.JSON_FORMAT_MAPPER, new Jackson3JsonFormatMapper(json));
    }
}
