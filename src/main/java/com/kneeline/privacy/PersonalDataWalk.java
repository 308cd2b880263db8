package com.kneeline.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.privacy.PersonalDataSchema.ForeignKey;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row about one person, found by following the live schema's foreign keys from their account row.
 * <ul>
 * <li>A row whose <em>required</em> (NOT NULL) reference points at a row about the person is about the person too: it
 * cannot exist without them (their assessments, the answers in those, a trainer's notes about them, links).</li>
 * <li>A row whose <em>optional</em> (nullable) reference points at them only mentions them (who acknowledged a flag,
 * who asked for a check-in, which trainer viewed the data): it belongs to someone else, and erasure clears the
 * mention (the column, and a {@code <name>_name} copy beside it) instead of deleting the row.</li>
 * </ul>
 */
final class PersonalDataWalk {

    /** Rows about the person: by key for tables with a single-column key, by reference for the others. */
    final Map<String, Set<Object>> keyedRows = new LinkedHashMap<>();
    final List<Reference> keylessRows = new ArrayList<>();
    /** Columns in other people's rows that mention one of the person's rows. */
    final List<Reference> mentions = new ArrayList<>();

    /** Rows of {@code table} whose {@code column} is one of {@code values}. */
    record Reference(String table, String column, List<Object> values) {
    }

    private final PersonalDataSchema schema;
    private final JdbcTemplate jdbc;

    private PersonalDataWalk(PersonalDataSchema schema, JdbcTemplate jdbc) {
        this.schema = schema;
        this.jdbc = jdbc;
    }

    static PersonalDataWalk of(long personId, PersonalDataSchema schema, JdbcTemplate jdbc) {
        PersonalDataWalk walk = new PersonalDataWalk(schema, jdbc);
        walk.run(personId);
        return walk;
    }

    private void run(long personId) {
        Deque<Map.Entry<String, List<Object>>> queue = new ArrayDeque<>();
        keyedRows.put(PersonalDataSchema.PERSON_TABLE, new LinkedHashSet<>(List.of(personId)));
        queue.add(Map.entry(PersonalDataSchema.PERSON_TABLE, List.of(personId)));
        while (!queue.isEmpty()) {
            var next = queue.poll();
            String parent = next.getKey();
            String parentKey = schema.tables().get(parent).singleKey();
            for (ForeignKey fk : schema.referencesTo(parent)) {
                if (!fk.parentColumn().equals(parentKey)) {
                    continue;
                }
                List<Object> values = next.getValue();
                if (fk.nullable()) {
                    mentions.add(new Reference(fk.child(), fk.column(), values));
                    continue;
                }
                String childKey = schema.tables().get(fk.child()).singleKey();
                if (childKey == null) {
                    keylessRows.add(new Reference(fk.child(), fk.column(), values));
                    continue;
                }
                List<Object> found = new ArrayList<>();
                for (List<Object> chunk : chunks(values)) {
                    found.addAll(jdbc.queryForList("SELECT " + childKey + " FROM " + fk.child() + " WHERE "
                            + fk.column() + " IN (" + placeholders(chunk) + ")", Object.class, chunk.toArray()));
                }
                Set<Object> known = keyedRows.computeIfAbsent(fk.child(), t -> new LinkedHashSet<>());
                List<Object> fresh = found.stream().filter(known::add).toList();
                if (!fresh.isEmpty()) {
                    queue.add(Map.entry(fk.child(), fresh));
                }
            }
        }
    }

    /** Tables in an order where every table comes before the tables it refers to, so deletes never break a key. */
    List<String> childrenFirst(Collection<String> involved) {
        List<String> ordered = new ArrayList<>();
        Set<String> remaining = new LinkedHashSet<>(involved);
        while (!remaining.isEmpty()) {
            String free = remaining.stream().filter(table -> schema.foreignKeys().stream().noneMatch(fk ->
                            fk.parent().equals(table) && !fk.child().equals(table) && remaining.contains(fk.child())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle: " + remaining));
            ordered.add(free);
            remaining.remove(free);
        }
        return ordered;
    }

    static List<List<Object>> chunks(List<Object> values) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 500) {
            chunks.add(values.subList(i, Math.min(values.size(), i + 500)));
        }
        return chunks;
    }

    static String placeholders(List<Object> values) {
        return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    }
}
