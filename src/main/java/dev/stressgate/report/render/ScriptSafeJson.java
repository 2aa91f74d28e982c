package dev.stressgate.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes data as JSON that can be placed verbatim inside an HTML {@code <script type="application/json">}
 * element and read back with {@code JSON.parse}. HTML entities are not decoded inside script elements, so HTML
 * escaping would corrupt the data; instead every {@code <}, {@code >}, {@code &}, {@code '} and the JavaScript
 * line separators are written as JSON unicode escapes, so no {@code </script>} or {@code <!--} can appear in the
 * output whatever the data contains.
 */
public final class ScriptSafeJson {
    private final ObjectMapper mapper;

    public ScriptSafeJson() {
        mapper = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    public String write(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new RenderingException("cannot write chart data as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] asciiEscapes;

        HtmlSafeEscapes() {
            asciiEscapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                asciiEscapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
