package dev.modelsync.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * A JUnit XML report, the form CI systems show as tests: one {@code <testsuite>} of test cases, each
 * passing or holding its failures. Written with the JDK's {@link XMLStreamWriter}, which escapes
 * markup; characters XML 1.0 cannot hold at all (control characters other than tab, line feed and
 * carriage return, unpaired surrogates) are written as text: a backslash, {@code u} and four hex digits.
 */
public final class JUnitXml {
    /** One failure: {@code type} (a code), {@code message} (one line), {@code text} (the element's content). */
    public record Failure(String type, String message, String text) {
    }

    /** One test case; passing when it has no failure. */
    public record TestCase(String className, String name, List<Failure> failures) {
        public TestCase {
            failures = List.copyOf(failures);
        }
    }

    private JUnitXml() {
    }

    /** Writes the suite {@code name} of {@code cases}, in UTF-8, one element per line. */
    public static void write(OutputStream out, String name, List<TestCase> cases) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", text(name));
        w.writeAttribute("tests", String.valueOf(cases.size()));
        w.writeAttribute("failures", String.valueOf(cases.stream().mapToInt(c -> c.failures().size()).sum()));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", "0");
        w.writeCharacters("\n");
        for (TestCase c : cases) {
            w.writeCharacters("  ");
            if (c.failures().isEmpty()) {
                w.writeEmptyElement("testcase");
            } else {
                w.writeStartElement("testcase");
            }
            w.writeAttribute("classname", text(c.className()));
            w.writeAttribute("name", text(c.name()));
            for (Failure f : c.failures()) {
                w.writeCharacters("\n    ");
                w.writeStartElement("failure");
                w.writeAttribute("type", text(f.type()));
                w.writeAttribute("message", text(f.message()));
                w.writeCharacters(text(f.text()));
                w.writeEndElement();
            }
            if (!c.failures().isEmpty()) {
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
        }
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.close();
    }

    /** {@code s} with every character XML 1.0 cannot hold written as a backslash, {@code u} and four hex digits. */
    static String text(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xd800 || c >= 0xe000 && c <= 0xfffd;
            if (ok && b == null) continue;
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (ok) b.append(c);
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b == null ? s : b.toString();
    }
}
