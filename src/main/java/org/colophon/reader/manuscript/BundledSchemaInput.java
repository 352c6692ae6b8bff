package org.colophon.reader.manuscript;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import org.w3c.dom.ls.LSInput;

/** One of the schema documents that ship in the jar, handed to the schema compiler. */
final class BundledSchemaInput implements LSInput {
    private final String resource;
    private final String baseUri;

    BundledSchemaInput(String resource, String baseUri) {
        this.resource = resource;
        this.baseUri = baseUri;
    }

    @Override
    public InputStream getByteStream() {
        return BundledSchemaInput.class.getResourceAsStream(resource);
    }

    @Override
    public String getSystemId() {
        URL url = BundledSchemaInput.class.getResource(resource);
        return url == null ? resource : url.toExternalForm();
    }

    @Override
    public String getBaseURI() {
        return baseUri;
    }

    @Override
    public Reader getCharacterStream() {
        return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {
    }

    @Override
    public void setByteStream(InputStream byteStream) {
    }

    @Override
    public String getStringData() {
        return null;
    }

    @Override
    public void setStringData(String stringData) {
    }

    @Override
    public void setSystemId(String systemId) {
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public void setPublicId(String publicId) {
    }

    @Override
    public void setBaseURI(String baseURI) {
    }

    @Override
    public String getEncoding() {
        return "UTF-8";
    }

    @Override
    public void setEncoding(String encoding) {
    }

    @Override
    public boolean getCertifiedText() {
        return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {
    }
}
