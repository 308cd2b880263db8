package com.kneeline.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The tables and foreign keys of the live database, read from JDBC metadata each time (never a hand-kept list), so a
 * table another feature adds later is exported and erased without anyone remembering to. Names are lower case.
 */
public record PersonalDataSchema(Map<String, Table> tables, List<ForeignKey> foreignKeys) {

    /** The table every person's data hangs from. */
    public static final String PERSON_TABLE = "account";

    /** A column with its JDBC type ({@link java.sql.Types}), size, and whether the database fills it itself. */
    public record Column(String name, boolean nullable, int type, int size, boolean filledByDatabase) {
    }

    public record Table(String name, Map<String, Column> columns, List<String> primaryKey) {

        /** A single-column key such as {@code id}, or null for tables keyed by their parent (answers, roles). */
        public String singleKey() {
            return primaryKey.size() == 1 ? primaryKey.getFirst() : null;
        }
    }

    /** {@code child.column} refers to {@code parent.parentColumn}. */
    public record ForeignKey(String child, String column, String parent, String parentColumn, boolean nullable) {
    }

    public static PersonalDataSchema read(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            Map<String, Table> tables = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                        names.add(name);
                    }
                }
            }
            List<ForeignKey> keys = new ArrayList<>();
            for (String name : names) {
                Map<String, Column> columns = new LinkedHashMap<>();
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, name, "%")) {
                    while (rs.next()) {
                        String column = lower(rs.getString("COLUMN_NAME"));
                        boolean generated = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))
                                || "YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"));
                        columns.put(column, new Column(column, rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                                rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"),
                                generated || rs.getString("COLUMN_DEF") != null));
                    }
                }
                List<String> primaryKey = new ArrayList<>();
                try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, name)) {
                    while (rs.next()) {
                        primaryKey.add(lower(rs.getString("COLUMN_NAME")));
                    }
                }
                tables.put(lower(name), new Table(lower(name), columns, List.copyOf(primaryKey)));
                try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, name)) {
                    while (rs.next()) {
                        String column = lower(rs.getString("FKCOLUMN_NAME"));
                        keys.add(new ForeignKey(lower(name), column, lower(rs.getString("PKTABLE_NAME")),
                                lower(rs.getString("PKCOLUMN_NAME")), columns.get(column).nullable()));
                    }
                }
            }
            return new PersonalDataSchema(tables, List.copyOf(keys));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database schema", e);
        }
    }

    public List<ForeignKey> referencesTo(String parent) {
        return foreignKeys.stream().filter(fk -> fk.parent().equals(parent)).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
