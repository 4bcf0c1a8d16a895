package galley.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import galley.model.Book;
import galley.i18n.AuthorLine;
import galley.model.Metadata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * What the PDF says about itself, the same in the Info dictionary and the XMP packet: title,
 * author, subject, keywords, language and dates, all taken from the book, never from the clock.
 *
 * @param author   the authors as one line, since the Info dictionary has a single Author
 * @param subject  the book's description
 * @param keywords the book's subjects
 * @param date     the edition's timestamp, used as both creation and modification date
 */
record DocumentMetadata(
        String title,
        String author,
        Optional<String> subject,
        List<String> keywords,
        String lang,
        Instant date,
        String identifier,
        Optional<String> publisher,
        Optional<String> rights) {

    static final String CREATOR = "Galley";

    DocumentMetadata {
        keywords = List.copyOf(keywords);
        date = date.truncatedTo(ChronoUnit.SECONDS);
    }

    static DocumentMetadata of(Book book) {
        Metadata meta = book.metadata();
        return new DocumentMetadata(meta.title(), AuthorLine.of(meta), meta.description(), meta.subjects(),
                meta.lang(), book.modified(), meta.identifier(), meta.publisher(), meta.rights());
    }

    /** The program named as the PDF's producer: the library that wrote the file. */
    static String producer() {
        return Document.getVersion();
    }

    /** Keywords as one line, as both the Info dictionary and {@code pdf:Keywords} hold them. */
    String keywordLine() {
        return String.join(", ", keywords);
    }

    /** Fills the writer's Info dictionary, XMP packet and the catalog's language. */
    void applyTo(PdfWriter writer, boolean pdfA) {
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.TITLE, text(title));
        if (!author.isEmpty()) {
            info.put(PdfName.AUTHOR, text(author));
        }
        subject.ifPresent(s -> info.put(PdfName.SUBJECT, text(s)));
        if (!keywords.isEmpty()) {
            info.put(PdfName.KEYWORDS, text(keywordLine()));
        }
        info.put(PdfName.CREATOR, text(CREATOR));
        info.put(PdfName.PRODUCER, text(producer()));
        PdfDate when = pdfDate();
        info.put(PdfName.CREATIONDATE, when);
        info.put(PdfName.MODDATE, when);
        writer.setXmpMetadata(XmpPacket.of(this, pdfA));
        writer.getExtraCatalog().put(PdfName.LANG, text(lang));
    }

    private PdfDate pdfDate() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        // proleptic Gregorian, as java.time counts: the default Julian switch of 1582 turned 0001-01-01 into the 3rd
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        calendar.setTimeInMillis(date.toEpochMilli());
        return new PdfDate(calendar);
    }

    private static PdfString text(String value) {
        return new PdfString(value, PdfObject.TEXT_UNICODE);
    }
}
