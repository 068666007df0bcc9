package io.newsextract.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes article bytes: UTF-8 (a leading BOM removed), UTF-16 when a BOM says so, and Windows-1252 with a warning
 * when the bytes are not valid UTF-8. Binary files (images, PDFs, anything with NUL bytes) and empty ones are
 * rejected with a reason.
 */
public final class TextDecoder {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws InputRejected {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", List.of());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", List.of());
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String kind = binaryKind(bytes, offset);
        if (kind != null) {
            throw new InputRejected("binary", "not a text file (" + kind + ")");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return checked(text, "UTF-8", List.of());
        } catch (CharacterCodingException e) {
            return checked(new String(bytes, offset, bytes.length - offset, CP1252), "windows-1252",
                    List.of("the file is not valid UTF-8: decoded as Windows-1252"));
        }
    }

    private static DecodedText checked(String text, String charset, List<String> warnings) throws InputRejected {
        if (text.isBlank()) {
            throw new InputRejected("empty", text.isEmpty() ? "the file is empty" : "the file holds only whitespace");
        }
        return new DecodedText(text, charset, warnings);
    }

    /** A name for a binary format, or null when the bytes look like text. */
    private static String binaryKind(byte[] b, int offset) {
        if (startsWith(b, offset, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, offset, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, offset, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, offset, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, offset, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        int n = Math.min(b.length, offset + 8192);
        int controls = 0;
        for (int i = offset; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "NUL bytes";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls * 20 > (n - offset) ? "control characters" : null;
    }

    private static boolean startsWith(byte[] b, int offset, int... magic) {
        if (b.length - offset < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
