package io.github.bisnodeclient.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A one-page credit report as a PDF 1.4 document, written by hand: the standard Helvetica fonts in
 * WinAnsiEncoding (so Nordic letters print), one content stream, and a cross-reference table whose
 * offsets are counted as the bytes are written.
 */
final class PdfReport {
  private static final Charset WIN_ANSI = Charset.forName("windows-1252");

  private PdfReport() {}

  static byte[] render(
      Company company,
      CreditFigures figures,
      String ratingText,
      @Nullable String reference,
      LocalDate reportDate) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Registration number", company.registrationNumber()});
    rows.add(new String[] {"D-U-N-S number", company.dunsNumber()});
    rows.add(new String[] {"Country", company.country()});
    rows.add(
        new String[] {
          "Address", company.street() + ", " + company.postalCode() + " " + company.town()
        });
    rows.add(new String[] {"Legal form", company.legalForm().name()});
    rows.add(new String[] {"Status", company.active() ? "Active" : "Not active"});
    rows.add(
        new String[] {
          "Risk class", figures.riskClass() == null ? "-" : figures.riskClass() + " of 5"
        });
    rows.add(new String[] {"Rating", figures.rating() + " - " + ratingText});
    rows.add(new String[] {"Credit limit", figures.creditLimit() + " " + figures.currency()});
    rows.add(new String[] {"Report date", reportDate.toString()});
    if (reference != null) {
      rows.add(new String[] {"Your reference", reference});
    }

    StringBuilder content = new StringBuilder();
    content.append("BT\n/F1 11 Tf\n50 800 Td\n(Bisnode sandbox - credit report) Tj\nET\n");
    content
        .append("BT\n/F1 20 Tf\n50 760 Td\n(")
        .append(escape(company.name()))
        .append(") Tj\nET\n");
    int y = 720;
    for (String[] row : rows) {
      content
          .append("BT\n/F1 11 Tf\n50 ")
          .append(y)
          .append(" Td\n(")
          .append(escape(row[0]))
          .append(") Tj\nET\n");
      content
          .append("BT\n/F2 11 Tf\n200 ")
          .append(y)
          .append(" Td\n(")
          .append(escape(row[1]))
          .append(") Tj\nET\n");
      y -= 20;
    }
    content
        .append("BT\n/F2 8 Tf\n50 40 Td\n(Fictional sample data from the Bisnode sandbox.")
        .append(" Not a real credit report.) Tj\nET\n");
    byte[] stream = content.toString().getBytes(WIN_ANSI);

    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(
        ascii(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                + " /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"));
    objects.add(
        ascii(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold"
                + " /Encoding /WinAnsiEncoding >>"));
    objects.add(
        ascii(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
                + " /Encoding /WinAnsiEncoding >>"));
    ByteArrayOutputStream streamObject = new ByteArrayOutputStream();
    streamObject.writeBytes(ascii("<< /Length " + stream.length + " >>\nstream\n"));
    streamObject.writeBytes(stream);
    streamObject.writeBytes(ascii("\nendstream"));
    objects.add(streamObject.toByteArray());
    objects.add(
        concat(
            ascii("<< /Title ("),
            escapeBytes("Credit report " + company.name()),
            ascii(
                ") /Producer (Bisnode sandbox) /CreationDate (D:"
                    + reportDate.toString().replace("-", "")
                    + "000000Z) >>")));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The second line's high bytes tell transfer tools the file is binary.
    out.writeBytes(ascii("%PDF-1.4\n"));
    out.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(ascii((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(ascii("\nendobj\n"));
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder();
    table.append("xref\n0 ").append(objects.size() + 1).append('\n');
    table.append("0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R /Info ")
        .append(objects.size())
        .append(" 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF");
    out.writeBytes(ascii(table.toString()));
    return out.toByteArray();
  }

  private static String escape(String text) {
    return new String(escapeBytes(text), WIN_ANSI);
  }

  /** A PDF literal string's body: WinAnsi bytes, with \ ( ) escaped; unmappable letters as ?. */
  private static byte[] escapeBytes(String text) {
    CharsetEncoder encoder = WIN_ANSI.newEncoder();
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '(' || c == ')') {
        safe.append('\\').append(c);
      } else if (c < 0x20 || !encoder.canEncode(c)) {
        safe.append('?');
      } else {
        safe.append(c);
      }
    }
    return safe.toString().getBytes(WIN_ANSI);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
