package org.colophon.pdf.write;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.colophon.layout.BuildDate;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;

/**
 * What makes the file a PDF/A-2 (2a when it is tagged, else 2b) and PDF/UA-1, and says what book it is: the document information
 * dictionary and the matching XMP packet, {@code /Lang}, the sRGB output intent and a
 * document id derived from the content. Nothing here reads the clock.
 */
public final class PdfMetadata {

    static final String PRODUCER = "Colophon";

    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
    private static final String PDFUA_PREFIX = "pdfuaid";
    private static final String PDFX_NS = "http://www.npes.org/pdfx/ns/id/";
    private static final String PDFX_PREFIX = "pdfxid";
    private static final String PDFX_VERSION = "PDF/X-4";
    private static final String EXTENSIONS_START = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag>\
            """;
    private static final String EXTENSIONS_END = """
            </rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """;
    private static final String PDFX_SCHEMA = extensionSchema("PDF/X ID Schema", PDFX_NS, PDFX_PREFIX,
            "GTS_PDFXVersion", "Text", "ID of PDF/X standard");
    /**
     * PDF/X-4 asks for pdf:Trapped in the XMP, which the Adobe PDF schema of the XMP
     * specification PDF/A-2 takes its schemas from (2005) does not have: described here.
     */
    private static final String TRAPPED_SCHEMA = extensionSchema("Adobe PDF Schema", "http://ns.adobe.com/pdf/1.3/",
            "pdf", "Trapped", "Text", "Whether the document has been trapped: True, False or Unknown");
    private static final String PDFUA_SCHEMA = extensionSchema("PDF/UA Universal Accessibility Schema", PDFUA_NS,
            PDFUA_PREFIX, "part", "Integer", "Part of ISO 14289 the file conforms to");

    /** The PDF/A extension schema that describes one property of the XMP packet, which PDF/A-2 asks for. */
    private static String extensionSchema(String schema, String namespace, String prefix, String property,
                                          String valueType, String description) {
        return "<rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>" + schema + "</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>" + namespace + "</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>" + prefix + "</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>" + property + "</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>" + valueType + "</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>" + description + "</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li>";
    }

    private PdfMetadata() {
    }

    /**
     * The date the PDF says it was made: the build's, in UTC. The calendar is given the
     * date's fields rather than its instant, as it always was for a manuscript's date: for
     * a book dated before 1582 the calendar reads those fields as Julian, and the PDF says
     * the day the manuscript says.
     */
    public static Calendar date(BuildDate date) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        LocalDateTime t = LocalDateTime.ofInstant(date.instant(), ZoneOffset.UTC);
        c.set(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        return c;
    }

    public static void apply(PDDocument document, Metadata metadata, Calendar date, byte[] contentDigest) throws IOException {
        apply(document, metadata, date, contentDigest, null);
    }

    /**
     * The same, and for {@code print} (when not null) a PDF/X-4 as well: the CMYK output
     * intent of that printing condition for PDF/X ({@code GTS_PDFX}) and PDF/A
     * ({@code GTS_PDFA1}) on one profile, as PDF/A-2 requires of several intents;
     * {@code pdfxid:GTS_PDFXVersion}, {@code Trapped} false; PDF 1.6, which PDF/X-4 is
     * based on; and on every page an sRGB {@code DefaultRGB}, so that what is drawn in RGB
     * (coloured text, RGB images) is device-independent colour against a CMYK intent.
     */
    public static void apply(PDDocument document, Metadata metadata, Calendar date, byte[] contentDigest,
                             PrintCondition print) throws IOException {
        apply(document, metadata, date, contentDigest, print, null);
    }

    /**
     * The same, with {@code srgb} the {@link SrgbSpace} the pages were drawn in (null: one is
     * made), so that the profile is in the file once.
     */
    public static void apply(PDDocument document, Metadata metadata, Calendar date, byte[] contentDigest,
                             PrintCondition print, PDColorSpace srgb) throws IOException {
        document.setVersion(print == null ? 1.7f : 1.6f);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(metadata.language());

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        if (metadata.description() != null) {
            info.setSubject(metadata.description());
        }
        if (!metadata.subjects().isEmpty()) {
            info.setKeywords(String.join("; ", metadata.subjects()));
        }
        String authors = authors(metadata);
        if (authors != null) {
            info.setAuthor(authors);
        }
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        if (print != null) {
            info.setTrapped("False"); // Colophon traps nothing; the printer may
            info.getCOSObject().setString(COSName.getPDFName("GTS_PDFXVersion"), PDFX_VERSION);
        }

        // a tagged document (the typesetter's) says it is PDF/UA-1 too
        boolean tagged = catalog.getStructureTreeRoot() != null;
        catalog.setMetadata(xmp(document, metadata, date, tagged, print != null));
        if (print == null) {
            catalog.addOutputIntent(outputIntent(document));
        } else {
            printIntents(document, print);
            defaultRgb(document, srgb == null ? SrgbSpace.create(document) : srgb);
        }

        byte[] id = Arrays.copyOf(contentDigest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * The Info dictionary's /Author, which viewers show: the names XMP's dc:creator lists,
     * in its order, one name as it is, several joined by "; " (not a comma, which a name
     * written surname first may hold); null when the book names no author. Only PDF/A-1
     * asks for a dc:creator of one entry equal to /Author; PDF/A-2 and PDF/UA-1 let XMP
     * keep one entry per author.
     */
    static String authors(Metadata metadata) {
        List<String> names = metadata.creators().stream()
                .filter(c -> c.role() == Creator.Role.AUTHOR)
                .map(Creator::name)
                .toList();
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static PDMetadata xmp(PDDocument document, Metadata metadata, Calendar date, boolean tagged,
                                  boolean print) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(metadata.title());
        for (Creator c : metadata.creators()) {
            if (c.role() == Creator.Role.AUTHOR) {
                dc.addCreator(c.name());
            } else {
                dc.addContributor(c.name());
            }
        }
        dc.addLanguage(metadata.language());
        if (metadata.description() != null) {
            dc.setDescription(metadata.description());
        }
        if (metadata.rights() != null) {
            dc.addRights("x-default", metadata.rights());
        }
        if (metadata.publisher() != null) {
            dc.addPublisher(metadata.publisher());
        }
        metadata.subjects().forEach(dc::addSubject);
        metadata.identifierIfAny().ifPresent(i -> dc.setIdentifier(i.value()));
        dc.setFormat("application/pdf");

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        if (!metadata.subjects().isEmpty()) {
            pdf.setKeywords(String.join("; ", metadata.subjects()));
        }
        if (print) {
            pdf.setTextPropertyValue("Trapped", "False");
            XMPSchema pdfxid = xmp.createAndAddDefaultSchema(PDFX_PREFIX, PDFX_NS);
            pdfxid.addProperty(xmp.getTypeMapping().createText(PDFX_NS, PDFX_PREFIX, "GTS_PDFXVersion", PDFX_VERSION));
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);
        basic.setCreatorTool(PRODUCER);

        PDFAIdentificationSchema pdfaid = xmp.createAndAddPDFAIdentificationSchema();
        pdfaid.setPart(2);
        try {
            // level A: tagged, with Unicode for every glyph, and a language; else level B
            pdfaid.setConformance(tagged ? "A" : "B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e); // "A" and "B" are valid conformance levels
        }
        if (tagged) {
            XMPSchema pdfuaid = xmp.createAndAddDefaultSchema(PDFUA_PREFIX, PDFUA_NS);
            pdfuaid.addProperty(xmp.getTypeMapping().createInteger(PDFUA_NS, PDFUA_PREFIX, "part", 1));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        byte[] packet = bytes.toByteArray();
        if (tagged || print) {
            packet = withExtensions(packet, (tagged ? PDFUA_SCHEMA : "") + (print ? PDFX_SCHEMA + TRAPPED_SCHEMA : ""));
        }
        PDMetadata stream = new PDMetadata(document);
        stream.importXMPMetadata(packet);
        return stream;
    }

    /**
     * PDF/A-2 accepts XMP properties only from schemas it knows or that the packet
     * describes; pdfuaid is not one it knows, so the packet describes it (ISO 19005-2,
     * 6.6.2.3.2). xmpbox cannot write that description, so it goes in as text.
     */
    private static byte[] withExtensions(byte[] packet, String schemas) {
        String xml = new String(packet, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf("</rdf:RDF>");
        if (end < 0) {
            throw new IllegalStateException("the XMP packet has no rdf:RDF element");
        }
        return (xml.substring(0, end) + EXTENSIONS_START + schemas + EXTENSIONS_END + xml.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The two output intents of a print-ready PDF, PDF/X's and PDF/A's, naming one profile
     * stream: ISO 19005-2 (6.2.3) lets a PDF/A-2 have several intents only when their
     * profiles are the same indirect object.
     */
    private static void printIntents(PDDocument document, PrintCondition print) throws IOException {
        // the profile's own bytes: PDOutputIntent would embed what Java's colour engine makes of them
        PDStream profile = new PDStream(document, new ByteArrayInputStream(print.profile()), COSName.FLATE_DECODE);
        profile.getCOSObject().setInt(COSName.N, 4);
        PDOutputIntent pdfx = new PDOutputIntent(new COSDictionary());
        pdfx.getCOSObject().setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        pdfx.getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        pdfx.setInfo(print.condition());
        pdfx.setOutputCondition(print.condition());
        pdfx.setOutputConditionIdentifier(print.identifier());
        pdfx.setRegistryName("http://www.color.org");
        pdfx.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        COSDictionary pdfa = new COSDictionary(pdfx.getCOSObject());
        pdfa.setItem(COSName.S, COSName.GTS_PDFA1);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.addOutputIntent(pdfx);
        catalog.addOutputIntent(new PDOutputIntent(pdfa));
    }

    /**
     * {@code srgb} in every page's resources, as the {@code DefaultRGB} (what is drawn in
     * DeviceRGB is sRGB, which the press converts to its CMYK) and as {@link SrgbSpace#NAME}
     * for what selects it by name.
     */
    private static void defaultRgb(PDDocument document, PDColorSpace srgb) {
        for (PDPage page : document.getPages()) {
            page.getResources().put(COSName.DEFAULT_RGB, srgb);
            page.getResources().put(SrgbSpace.NAME, srgb);
        }
    }

    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /** A digest of everything the PDF is made from, for the document id. */
    public static byte[] digest(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
