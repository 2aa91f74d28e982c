package dev.stressgate.report.render;

/**
 * Characters XML 1.0 forbids even when escaped (U+0000 to U+001F but tab, newline and carriage return; lone
 * surrogates; U+FFFE, U+FFFF), replaced by U+FFFD so a document built from any input stays well-formed.
 */
final class XmlCharacters {
    private static final int REPLACEMENT = 0xFFFD;

    private XmlCharacters() {}

    static String withoutForbidden(String text) {
        if (text.codePoints().allMatch(XmlCharacters::allowed)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(allowed(c) ? c : REPLACEMENT));
        return clean.toString();
    }

    static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
