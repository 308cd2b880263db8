package com.kneeline.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.kneeline.account.PasswordService;
import com.kneeline.account.PersonAccess;
import com.kneeline.privacy.PersonalDataSchema.Table;
import com.kneeline.privacy.PersonalDataWalk.Reference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The person's data rights (GDPR Art. 15, 17, 20): everything about them as one JSON file, their logged sets as CSV,
 * and erasure of every row about them. Both walk the live schema ({@link PersonalDataWalk}), so nothing depends on a
 * list of tables that could fall behind. Only the signed-in person's own data, always.
 */
@Service
public class PersonalDataService {

    public static final String FORMAT = "KneeLine personal data export";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PersonAccess access;
    private final PasswordService passwords;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    PersonalDataService(JdbcTemplate jdbc, DataSource dataSource, PersonAccess access, PasswordService passwords,
                        Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.access = access;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Thrown when the password typed to confirm erasure is not the person's. */
    public static class WrongPassword extends RuntimeException {
        public WrongPassword() {
            super("This is not your password. Your account was not deleted.");
        }
    }

    @Transactional(readOnly = true)
    public byte[] exportMine() {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export(access.me().id()));
    }

    /** One line per logged set (and per skipped exercise), for a spreadsheet. */
    @Transactional(readOnly = true)
    public byte[] loggedSetsCsv() {
        ObjectNode data = export(access.me().id());
        StringBuilder csv = new StringBuilder("date,session,exercise,side,set,reps_or_seconds,load_kg,effort_rpe,pain,knee_tracking,skipped_reason\r\n");
        for (JsonNode session : data.path("tables").path("training_session")) {
            for (JsonNode exercise : session.path("exercises")) {
                String prefix = csv(session.path("session_date").asString()) + "," + session.path("session_number").asString() + ","
                        + csv(exercise.path("exerciseId").asString()) + "," + csv(exercise.path("side").asString("")) + ",";
                if (exercise.path("skipped").asBoolean(false)) {
                    csv.append(prefix).append(",,,,,,").append(csv(exercise.path("skipReason").asString(""))).append("\r\n");
                    continue;
                }
                int number = 1;
                for (JsonNode set : exercise.path("sets")) {
                    csv.append(prefix).append(number++).append(',').append(set.path("done").asString()).append(',')
                            .append(value(set.path("loadKg"))).append(',').append(value(set.path("rpe"))).append(',')
                            .append(set.path("pain").asString()).append(',').append(csv(set.path("tracking").asString("")))
                            .append(",\r\n");
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Deletes the signed-in person's account and every row about them, after checking their password. Mentions of
     * them in other people's rows are cleared. The caller signs them out.
     */
    @Transactional
    public void eraseMe(String password) {
        if (!passwords.isMyPassword(password)) {
            throw new WrongPassword();
        }
        erase(access.me().id());
    }

    /** The export for a person id; package-private so the completeness test can call it for any id. */
    ObjectNode export(long personId) {
        PersonalDataSchema schema = PersonalDataSchema.read(dataSource);
        PersonalDataWalk walk = PersonalDataWalk.of(personId, schema, jdbc);
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", 1);
        root.put("exportedAt", clock.instant().toString());
        root.put("personId", personId);
        root.put("about", "Every row KneeLine keeps about you, table by table, as stored. Password hashes are left out. "
                + "'mentionedIn' lists rows of other people's data that name you (for example a flag you acknowledged as "
                + "their trainer).");
        ObjectNode tables = root.putObject("tables");
        walk.keyedRows.forEach((table, keys) -> {
            String key = schema.tables().get(table).singleKey();
            addRows(tables, schema.tables().get(table), key, new ArrayList<>(keys));
        });
        for (Reference rows : walk.keylessRows) {
            addRows(tables, schema.tables().get(rows.table()), rows.column(), rows.values());
        }
        ArrayNode mentioned = root.putArray("mentionedIn");
        for (Reference mention : walk.mentions) {
            String key = schema.tables().get(mention.table()).singleKey();
            if (key == null) {
                continue;
            }
            for (List<Object> chunk : PersonalDataWalk.chunks(mention.values())) {
                List<Object> ids = jdbc.queryForList("SELECT " + key + " FROM " + mention.table() + " WHERE "
                        + mention.column() + " IN (" + PersonalDataWalk.placeholders(chunk) + ")", Object.class, chunk.toArray());
                if (!ids.isEmpty()) {
                    ObjectNode entry = mentioned.addObject();
                    entry.put("table", mention.table());
                    entry.put("column", mention.column());
                    ArrayNode rowIds = entry.putArray("rows");
                    ids.forEach(id -> rowIds.add(String.valueOf(id)));
                }
            }
        }
        return root;
    }

    /** Erasure for a person id; package-private so the completeness test can call it for any id. */
    void erase(long personId) {
        PersonalDataSchema schema = PersonalDataSchema.read(dataSource);
        PersonalDataWalk walk = PersonalDataWalk.of(personId, schema, jdbc);
        for (Reference mention : walk.mentions) {
            Table table = schema.tables().get(mention.table());
            String base = mention.column().endsWith("_id")
                    ? mention.column().substring(0, mention.column().length() - 3) : mention.column();
            String copy = base + "_name";
            String set = mention.column() + " = NULL" + (table.columns().containsKey(copy)
                    && table.columns().get(copy).nullable() ? ", " + copy + " = NULL" : "");
            for (List<Object> chunk : PersonalDataWalk.chunks(mention.values())) {
                jdbc.update("UPDATE " + mention.table() + " SET " + set + " WHERE " + mention.column() + " IN ("
                        + PersonalDataWalk.placeholders(chunk) + ")", chunk.toArray());
            }
        }
        Set<String> involved = new LinkedHashSet<>(walk.keyedRows.keySet());
        walk.keylessRows.forEach(rows -> involved.add(rows.table()));
        for (String table : walk.childrenFirst(involved)) {
            for (Reference rows : walk.keylessRows) {
                if (rows.table().equals(table)) {
                    deleteWhere(table, rows.column(), rows.values());
                }
            }
            Set<Object> keys = walk.keyedRows.get(table);
            if (keys != null) {
                deleteWhere(table, schema.tables().get(table).singleKey(), new ArrayList<>(keys));
            }
        }
    }

    private void deleteWhere(String table, String column, List<Object> values) {
        for (List<Object> chunk : PersonalDataWalk.chunks(values)) {
            jdbc.update("DELETE FROM " + table + " WHERE " + column + " IN (" + PersonalDataWalk.placeholders(chunk)
                    + ")", chunk.toArray());
        }
    }

    private void addRows(ObjectNode tables, Table table, String column, List<Object> values) {
        ArrayNode rows = tables.has(table.name()) ? (ArrayNode) tables.get(table.name()) : tables.putArray(table.name());
        for (List<Object> chunk : PersonalDataWalk.chunks(values)) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table.name() + " WHERE " + column
                    + " IN (" + PersonalDataWalk.placeholders(chunk) + ")", chunk.toArray())) {
                ObjectNode out = rows.addObject();
                Map<String, Object> lower = new LinkedHashMap<>();
                row.forEach((name, value) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), value));
                lower.forEach((name, value) -> {
                    if (!name.endsWith("_hash")) {
                        out.set(name, jsonValue(value));
                    }
                });
            }
        }
    }

    /** Column values as JSON; text that holds JSON (programme bodies, session logs) is embedded as JSON. */
    private JsonNode jsonValue(Object value) {
        if (value == null) {
            return json.nullNode();
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                value = clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof byte[] bytes) {
            // JSON columns (programme bodies, session logs) come back from H2 as the document's UTF-8 bytes.
            value = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    return json.readTree(trimmed);
                } catch (RuntimeException notJson) {
                    return json.getNodeFactory().stringNode(text);
                }
            }
            return json.getNodeFactory().stringNode(text);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return json.valueToTree(value);
        }
        if (value instanceof Timestamp ts) {
            return json.getNodeFactory().stringNode(ts.toInstant().toString());
        }
        if (value instanceof OffsetDateTime odt) {
            return json.getNodeFactory().stringNode(odt.toInstant().toString());
        }
        // Anything else as its text, embedded as JSON where it is JSON (PostgreSQL's jsonb arrives as a PGobject).
        return jsonValue(String.valueOf(value));
    }

    private static String value(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asString();
    }

    private static String csv(String text) {
        if (text == null) {
            return "";
        }
        // Quote, and defuse spreadsheet formulas (CSV injection) by prefixing a quote mark.
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
