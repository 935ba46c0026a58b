package com.followup.admin.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Properties;

/**
 * Connector/J settings the engine relies on, applied to a MySQL/MariaDB URL unless the URL sets
 * them itself: instants stored as UTC, real batched inserts, LOAD DATA LOCAL for bulk ingest, and a
 * bounded connect time so an unreachable database fails start-up quickly.
 */
@Singleton
class MySqlConnectionDefaults implements BeanCreatedEventListener<DatasourceConfiguration> {

  static final Map<String, String> DEFAULTS =
      Map.of(
          "connectionTimeZone", "UTC",
          "forceConnectionTimeZoneToSession", "true",
          "rewriteBatchedStatements", "true",
          "allowLoadLocalInfile", "true",
          "connectTimeout", "5000",
          "characterEncoding", "UTF-8");

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration config = event.getBean();
    String url = config.getJdbcUrl() != null ? config.getJdbcUrl() : config.getUrl();
    if (url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
      Properties properties = config.getDataSourceProperties();
      DEFAULTS.forEach(
          (name, value) -> {
            if (!url.contains(name + "=")) {
              properties.putIfAbsent(name, value);
            }
          });
    }
    return config;
  }
}
