package dev.driftguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docs/maven-plugin.md lists the goal's parameters as the plugin descriptor declares them: every one, with its
 * property and default, and none that does not exist. The descriptor is written from the annotations before tests
 * run (maven-plugin-plugin's descriptor goal, in process-classes).
 */
class DocumentationPageTest {

    private static final Path DESCRIPTOR = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");
    private static final Path PAGE = Path.of("..", "docs", "maven-plugin.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([\\w.]+)` \\| (.*?) \\|", Pattern.MULTILINE);

    /** A parameter users can set, as the descriptor has it. */
    private record Parameter(String name, String property, String defaultValue) {
    }

    @Test
    void everyParameterIsDocumentedWithItsPropertyAndDefault() throws Exception {
        String page = Files.readString(PAGE);
        List<Parameter> parameters = parameters();
        assertThat(parameters).extracting(Parameter::name).contains("tool", "failOn", "serverId", "skip");

        List<String> documented = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            documented.add(row.group(1));
            Parameter parameter = parameters.stream().filter(p -> p.name().equals(row.group(1))).findFirst()
                    .orElseThrow(() -> new AssertionError("documented, but no such parameter: " + row.group(1)));
            assertThat(row.group(2)).as("property of %s", parameter.name()).isEqualTo(parameter.property());
            if (!parameter.defaultValue().isEmpty()) {
                assertThat(row.group(3)).as("default of %s", parameter.name())
                        .contains("`" + parameter.defaultValue() + "`");
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                parameters.stream().map(Parameter::name).toList());
    }

    private static List<Parameter> parameters() throws Exception {
        Document descriptor = read(DESCRIPTOR);
        Element mojo = (Element) descriptor.getElementsByTagName("mojo").item(0);
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        NodeList declared = mojo.getElementsByTagName("parameter");
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < declared.getLength(); i++) {
            Element parameter = (Element) declared.item(i);
            if (!"true".equals(text(parameter, "editable"))) {
                continue;
            }
            String name = text(parameter, "name");
            Element value = (Element) configuration.getElementsByTagName(name).item(0);
            String property = value.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
            parameters.add(new Parameter(name, property, value.getAttribute("default-value")));
        }
        return parameters;
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagName(child).item(0).getTextContent().trim();
    }

    private static Document read(Path file) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + file, e);
        }
    }
}
