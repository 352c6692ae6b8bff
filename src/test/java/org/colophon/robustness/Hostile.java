package org.colophon.robustness;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Builds hostile and broken inputs for the robustness tests: small manuscripts in the
 * Colophon and TEI formats, images that lie about themselves, and snapshots of an output
 * folder to prove that a failed build touched nothing.
 */
public final class Hostile {

    public static final String NS = "https://colophon.org/ns/manuscript/1";
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private Hostile() {
    }

    /** A Colophon manuscript whose one chapter holds {@code body}; the chapter's content starts on line 6. */
    public static String chapter(String lang, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<book xmlns=\"" + NS + "\" version=\"1\" xml:lang=\"" + lang + "\">\n"
                + "  <metadata><title>Titre</title><date>2024-11-12</date></metadata>\n"
                + "  <body>\n"
                + "    <chapter>\n"
                + body
                + "    </chapter>\n"
                + "  </body>\n"
                + "</book>\n";
    }

    /** A TEI document whose body's one div holds {@code body}; the div's content starts on line 8. */
    public static String tei(String lang, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<TEI xmlns=\"" + TEI_NS + "\" xml:lang=\"" + lang + "\">\n"
                + "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>\n"
                + "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>\n"
                + "<text>\n"
                + "<body>\n"
                + "<div>\n"
                + body
                + "</div>\n"
                + "</body>\n"
                + "</text>\n"
                + "</TEI>\n";
    }

    public static Path write(Path file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real PNG of that size. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG header claiming {@code width × height} pixels and no pixel data: decoding it would be the attack. */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(13).put(ihdr.array()).putInt(crc(ihdr.array()));
        byte[] iend = "IEND".getBytes(StandardCharsets.US_ASCII);
        b.putInt(0).put(iend).putInt(crc(iend));
        return b.array();
    }

    private static int crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return (int) crc.getValue();
    }

    /** Every file of a folder (hidden ones too) with its bytes; empty when the folder does not exist. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Puts stand-ins for the outputs of an earlier build of {@code baseName} in {@code out}. */
    public static Map<String, byte[]> previousOutputs(Path out, String baseName) {
        write(out.resolve(baseName + ".pdf"), "%PDF-1.7 the previous book\n");
        write(out.resolve(baseName + ".epub"), "PK the previous book\n");
        return snapshot(out);
    }

    /** Whether two snapshots hold the same names with the same bytes. */
    public static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    /** A random paragraph of French-looking words, about {@code chars} long, from a seed. */
    public static String words(long seed, int chars) {
        String[] w = {"le", "président", "français", "recevra", "nouveau", "secrétaire", "général", "l’OTAN",
                "au", "Palais", "de", "l’Élysée", "anticonstitutionnellement", "et", "Mark", "Rutte"};
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(chars + 32);
        while (sb.length() < chars) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w[r.nextInt(w.length)]);
        }
        return sb.toString();
    }
}
