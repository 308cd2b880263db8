package com.kneeline.content.load;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Text in the pack is stripped (folded YAML blocks end in a newline) and never empty; an unquoted true/false where
 * text belongs is refused rather than turned into the word.
 */
final class TextDeserializer extends StdScalarDeserializer<String> {

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE || !t.isScalarValue()) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String s = p.getString().strip();
        if (s.isEmpty()) {
            return (String) ctxt.handleWeirdStringValue(String.class, s, "must not be empty");
        }
        return s;
    }
}
