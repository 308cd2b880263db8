package com.kneeline.content.load;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

/** Every {@code references} list anywhere in the pack must name ids of references.yaml. */
final class ReferenceChecks {

    private final Locations loc;
    private final Set<String> known;

    ReferenceChecks(Locations loc, Set<String> known) {
        this.loc = loc;
        this.known = known;
    }

    void check(Object... roots) {
        for (Object root : roots) {
            walk(root);
        }
    }

    private void walk(Object o) {
        if (o instanceof List<?> list) {
            list.forEach(this::walk);
        } else if (o != null && o.getClass().isRecord()) {
            for (RecordComponent c : RecordValidation.components(o.getClass())) {
                Object value = RecordValidation.value(c, o);
                if (c.getName().equals("references") && value instanceof List<?> ids && loc.has(o)) {
                    for (int i = 0; i < ids.size(); i++) {
                        if (ids.get(i) instanceof String id && !known.contains(id)) {
                            loc.atItem(o, "references", i, "unknown reference '" + id + "'");
                        }
                    }
                } else if (c.getType() == List.class || c.getType().isRecord()) {
                    walk(value);
                }
            }
        }
    }
}
