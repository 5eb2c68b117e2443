package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text the API can give has both languages, with the same placeholders. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+}");

    @ParameterizedTest
    @CsvSource({
        "problems.properties, problems_en.properties",
        "ValidationMessages_nl.properties, ValidationMessages_en.properties"
    })
    void everyDutchTextHasAnEnglishOneWithTheSamePlaceholders(String dutchFile, String englishFile) throws IOException {
        Properties dutch = load("/" + dutchFile);
        Properties english = load("/" + englishFile);
        assertThat(dutch).isNotEmpty();
        assertThat(english.keySet()).isEqualTo(dutch.keySet());
        dutch.forEach((key, text) -> assertThat(placeholders((String) english.get(key)))
                .as("placeholders of %s", key)
                .isEqualTo(placeholders((String) text)));
    }

    /** A key the code names but the bundle lacks would end a request with a 500 instead of its problem. */
    @org.junit.jupiter.api.Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties problems = load("/problems.properties");
        Properties validation = load("/ValidationMessages_nl.properties");
        Pattern problemKey = Pattern.compile("\"((?:title|detail|reason|expect|word)\\.[A-Za-z0-9]+)\"");
        Pattern validationKey = Pattern.compile("\"\\{(hr\\.[A-Za-z0-9]+)}\"");
        java.util.Set<String> named = new java.util.TreeSet<>();
        java.util.Set<String> missing = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = java.nio.file.Files.readString(file);
                for (Matcher m = problemKey.matcher(code); m.find(); ) {
                    named.add(m.group(1));
                    if (!problems.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
                for (Matcher m = validationKey.matcher(code); m.find(); ) {
                    named.add(m.group(1));
                    if (!validation.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void argumentsAreFilledInAsTheyAre() {
        assertThat(Messages.text(Messages.ENGLISH, "reason.integerRange", 1, 2021))
                .isEqualTo("must be a whole number from 1 to 2021");
        assertThat(Messages.text(Messages.DUTCH, "reason.integerRange", 1, 2021))
                .isEqualTo("moet een geheel getal van 1 tot en met 2021 zijn");
        assertThat(Messages.of("en-US,en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.of("x;;;q=bad")).isEqualTo(Messages.DUTCH);
    }

    private static java.util.List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found.stream().sorted().toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
