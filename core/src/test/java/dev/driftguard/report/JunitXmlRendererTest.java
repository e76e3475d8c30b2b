package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitXmlRendererTest {

    @Test
    void listsPassingMigrationsAsPassingTestCases() throws Exception {
        Document xml = parse(new JunitXmlRenderer().render(Report.empty(),
                RenderOptions.defaults().withMigrations(List.of("m1", "m2"))));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(((Element) suite.getElementsByTagName("testcase").item(1)).getAttribute("name")).isEqualTo("m2");
    }

    @Test
    void takesCheckedMigrationsFromTheReportToo() throws Exception {
        Report report = new Report(List.of(finding(Severity.ERROR, "m2", "e")), Map.of(), List.of("m1", "m2"));
        Document xml = parse(new JunitXmlRenderer().render(report, RenderOptions.defaults()));
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("m1");
    }

    @Test
    void warningsFailOnlyAtOrAboveTheThreshold() throws Exception {
        Report report = new Report(List.of(finding(Severity.WARNING, "m1", "w")), Map.of());
        Document byDefault = parse(new JunitXmlRenderer().render(report, RenderOptions.defaults()));
        assertThat(byDefault.getElementsByTagName("failure").getLength()).isZero();
        assertThat(byDefault.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("warning[r]: w\n");
        Document strict = parse(new JunitXmlRenderer().render(report,
                RenderOptions.defaults().withFailThreshold(Severity.WARNING)));
        Element failure = (Element) strict.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("r: w");
        assertThat(strict.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void findingsWithoutMigrationGoToATestCaseNamedAfterTheRule() throws Exception {
        Report report = new Report(List.of(finding(Severity.ERROR, null, "e")), Map.of());
        Element testCase = (Element) parse(new JunitXmlRenderer().render(report,
                RenderOptions.defaults().withProjectName("shop"))).getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("classname")).isEqualTo("shop");
        assertThat(testCase.getAttribute("name")).isEqualTo("r");
    }

    @Test
    void escapesMarkupQuotesAndControlCharactersIntoWellFormedXml() throws Exception {
        String nasty = "<b>\"a\" & 'b'</b>\u0000\u001B[31m\uD800 ]]> tab\tend";
        Report report = new Report(List.of(finding(Severity.ERROR, "m&1", nasty)), Map.of());
        String text = new JunitXmlRenderer().render(report, RenderOptions.defaults());
        Document xml = parse(text);
        Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("m&1");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("r: <b>\"a\" & 'b'</b>\\u0000\\u001B[31m\\uD800 ]]> tab\tend");
        assertThat(failure.getTextContent()).startsWith("error[r]: <b>\"a\" & 'b'</b>\\u0000\\u001B[31m\\uD800 ]]>");
    }

    private static Finding finding(Severity severity, String migration, String message) {
        return new Finding("r", severity, message, Optional.empty(), Optional.ofNullable(migration), Optional.empty(),
                Optional.empty());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
