package com.kneeline.content.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the pack spells Java names: keys in kebab-case, enum constants as lower-case ids, numbers without ".0". */
final class Names {

    private Names() {
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String enumId(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static String choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> enumId((Enum<?>) c))
                .collect(Collectors.joining(", "));
    }
}
