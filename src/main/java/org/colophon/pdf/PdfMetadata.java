package org.colophon.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;

/**
 * What makes the file a PDF/A-2b and says what book it is: the document information
 * dictionary and the matching XMP packet, {@code /Lang}, the sRGB output intent and a
 * document id derived from the content. Nothing here reads the clock.
 */
final class PdfMetadata {

    static final String PRODUCER = "Colophon";

    private PdfMetadata() {
    }

    /**
     * The date the PDF says it was made: {@code SOURCE_DATE_EPOCH} when set, else the
     * manuscript's date, else 1980-01-01, always at midnight UTC for a manuscript date.
     */
    static Calendar date(String sourceDateEpoch, String manuscriptDate) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        if (sourceDateEpoch != null && sourceDateEpoch.trim().matches("\\d{1,12}")) {
            c.setTimeInMillis(Long.parseLong(sourceDateEpoch.trim()) * 1000);
            return c;
        }
        // the same reading as the EPUB's BuildDate: YYYY, YYYY-MM or YYYY-MM-DD, a real day
        String d = manuscriptDate == null ? "" : manuscriptDate.trim();
        if (d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            int year = Integer.parseInt(d.substring(0, 4));
            int month = d.length() >= 7 ? Integer.parseInt(d.substring(5, 7)) : 1;
            int day = d.length() >= 10 ? Integer.parseInt(d.substring(8, 10)) : 1;
            try {
                java.time.LocalDate.of(year, month, day);
                c.set(year, month - 1, day, 0, 0, 0);
                return c;
            } catch (java.time.DateTimeException e) {
                // not a day of the calendar: the EPUB falls back to 1980 too
            }
        }
        c.set(1980, Calendar.JANUARY, 1, 0, 0, 0);
        return c;
    }

    static void apply(PDDocument document, Metadata metadata, Calendar date, byte[] contentDigest) throws IOException {
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
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        // Info /Author is left out: XMP lists each creator, and PDF/A would require /Author
        // to equal a single dc:creator entry

        catalog.setMetadata(xmp(document, metadata, date));
        catalog.addOutputIntent(outputIntent(document));

        byte[] id = Arrays.copyOf(contentDigest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static PDMetadata xmp(PDDocument document, Metadata metadata, Calendar date) throws IOException {
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
            pdfaid.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e); // "B" is a valid conformance level
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        PDMetadata stream = new PDMetadata(document);
        stream.importXMPMetadata(bytes.toByteArray());
        return stream;
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
    static byte[] digest(List<String> parts) {
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
