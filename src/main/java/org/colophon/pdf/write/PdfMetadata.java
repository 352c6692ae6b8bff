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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
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
    private static final String PDFUA_EXTENSION = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """;

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
        document.setVersion(1.7f);
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

        // a tagged document (the typesetter's) says it is PDF/UA-1 too
        boolean tagged = catalog.getStructureTreeRoot() != null;
        catalog.setMetadata(xmp(document, metadata, date, tagged));
        catalog.addOutputIntent(outputIntent(document));

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

    private static PDMetadata xmp(PDDocument document, Metadata metadata, Calendar date, boolean tagged)
            throws IOException {
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
        if (tagged) {
            packet = withPdfUaExtension(packet);
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
    private static byte[] withPdfUaExtension(byte[] packet) {
        String xml = new String(packet, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf("</rdf:RDF>");
        if (end < 0) {
            throw new IllegalStateException("the XMP packet has no rdf:RDF element");
        }
        return (xml.substring(0, end) + PDFUA_EXTENSION + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
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
