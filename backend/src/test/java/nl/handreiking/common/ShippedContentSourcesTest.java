package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every amount, date and link that the application ships as content (the catalogue, the quota figures,
 * the documents, the agenda, the plans) must be in the source list of the repository (docs/sources/):
 * the researched facts, each with its source, the letter of 12 February 2021, and the few figures derived
 * from them by arithmetic (derived-figures.md). A new unsourced figure fails the build.
 */
class ShippedContentSourcesTest {

    private static final Path SOURCES = Path.of("..", "docs", "sources");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final List<String> CONTENT_MIGRATIONS = List.of(
            "V2__domains_and_organisations.sql",
            "V6__agenda_plans_quotas_documents.sql",
            "V20__quota_reported_totals.sql",
            "V22__plan_status_unknown.sql",
            "V23__corrected_agenda_and_documents.sql",
            "V24__corrected_catalogue_content.sql",
            "V25__explained_terms_in_catalogue.sql");
    private static final List<String> DUTCH_MONTHS = List.of(
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december");
    private static final List<String> ENGLISH_MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\"'<>|;,]+[^\\s)\"'<>|;,.]");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DUTCH_DATE =
            Pattern.compile("\\b(\\d{1,2}) (" + String.join("|", DUTCH_MONTHS) + ")(?: (\\d{4}))?");
    /** Numbers that are names, not figures: laws, articles, levels, document numbers, times of day. */
    private static final Pattern NOT_A_FIGURE = Pattern.compile(
            "(?i)(artikel|art\\.|lid|nr\\.|Kamerstuk|BWBR)\\s*[\\d-]+|\\b(Wet inburgering|Huisvestingswet|Rva|Besluit Woningbouwimpuls|"
                    + "Wi|woningwet|categorieën "
                    + "vreemdelingen)\\s*\\d{4}|\\b[A-Z]\\d\\b|\\bG\\d+\\b|\\d{1,2}\\.\\d{2} "
                    + "uur|\\b\\d{4}-H[12]\\b|[A-Za-z]+-\\d{4}-\\d+|\\d{4}-\\d{10}");

    private static final Pattern DUTCH_NUMBER = Pattern.compile(
            "(?<![\\w.,/-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?:\\s*(miljoen|miljard))?(?![\\w/])");
    private static final Pattern ENGLISH_NUMBER = Pattern.compile(
            "(?<![\\w/])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(m|bn|k|million|billion)?(?![\\w/])");
    private static final String HANDREIKING_DATE = "2021-02-12";

    private static final Set<String> urls = new TreeSet<>();
    private static final List<Unit> units = new ArrayList<>();
    private static final Set<BigDecimal> derived = new LinkedHashSet<>();

    /** One fact (a table row of the facts, a record of the seed, a paragraph of the letter): its figures and dates. */
    record Unit(Set<BigDecimal> numbers, Set<String> dayMonths, Set<String> years, Set<String> halfYears) {}

    @BeforeAll
    static void readSources() throws IOException {
        String facts = Files.readString(SOURCES.resolve("domain-facts.md"));
        Stream.of(facts.split("\n")).forEach(line -> units.add(englishUnit(line)));
        JsonNode seed =
                new ObjectMapper().readTree(SOURCES.resolve("domain-seed.json").toFile());
        seed.forEach(list -> list.forEach(record -> units.add(englishUnit(record.toString()))));
        String letter = Files.readString(SOURCES.resolve("integrale-handreiking-brief-2021-02-12.txt"));
        Stream.of(letter.split("\n\\s*\n")).forEach(paragraph -> units.add(dutchUnit(paragraph.replace('\n', ' '))));
        collectUrls(facts);
        collectUrls(seed.toString());
        for (String line : Files.readAllLines(SOURCES.resolve("derived-figures.md"))) {
            Matcher row = Pattern.compile("^\\| (-?[\\d.]+) \\|").matcher(line);
            if (row.find()) {
                derived.add(new BigDecimal(row.group(1)).stripTrailingZeros());
            }
        }
    }

    @Test
    void everyAmountAndDateShippedAsContentIsInTheSources() throws IOException {
        List<String> unsourced = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> text : shippedTexts().entrySet()) {
            String plain = URL.matcher(text.getValue()).replaceAll(" ");
            for (String date : dates(plain)) {
                if (!sourcedDate(date)) {
                    unsourced.add(text.getKey() + ": date " + date);
                }
            }
            plain = ISO_DATE.matcher(DUTCH_DATE.matcher(plain).replaceAll(" ")).replaceAll(" ");
            plain = NOT_A_FIGURE.matcher(plain).replaceAll(" ");
            for (BigDecimal number : dutchNumbers(plain)) {
                checked++;
                if (!sourcedNumber(number)) {
                    unsourced.add(text.getKey() + ": " + number.toPlainString());
                }
            }
        }
        assertThat(checked).as("figures read from the shipped content").isGreaterThan(300);
        assertThat(unsourced)
                .as("figures and dates without a source in docs/sources")
                .isEmpty();
    }

    @Test
    void everyLinkShippedAsContentIsASourceOfTheFacts() throws IOException {
        List<String> unknown = new ArrayList<>();
        shippedTexts().forEach((where, text) -> {
            Matcher url = URL.matcher(text);
            while (url.find()) {
                if (!urls.contains(url.group())) {
                    unknown.add(where + ": " + url.group());
                }
            }
        });
        assertThat(unknown).as("links that are not a source in docs/sources").isEmpty();
    }

    @Test
    void catalogueItemsWhoseContentIsNewerThanTheHandreikingSaySoInTheirSummary() throws IOException {
        JsonNode content = new ObjectMapper()
                .readTree(RESOURCES
                        .resolve("data/catalogue/starting-content.json")
                        .toFile());
        List<String> silent = new ArrayList<>();
        for (String kind : List.of("tasks", "measures", "funding")) {
            for (JsonNode item : content.get(kind)) {
                if (item.path("lastChanged").asText().compareTo(HANDREIKING_DATE) > 0
                        && !item.get("summary").asText().contains("na de Handreiking")) {
                    silent.add(item.get("key").asText() + " ("
                            + item.path("lastChanged").asText() + ")");
                }
            }
        }
        assertThat(silent)
                .as("items dated after 12 February 2021 whose summary does not say 'na de Handreiking'")
                .isEmpty();
    }

    /** Every text the application ships as content, by where it is. */
    private static Map<String, String> shippedTexts() throws IOException {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        JsonNode content = new ObjectMapper()
                .readTree(RESOURCES
                        .resolve("data/catalogue/starting-content.json")
                        .toFile());
        for (String kind : List.of("tasks", "measures", "funding")) {
            for (JsonNode item : content.get(kind)) {
                StringBuilder text = new StringBuilder();
                item.fields().forEachRemaining(field -> {
                    if (!List.of("key", "slug", "links", "lastChanged").contains(field.getKey())
                            && !field.getValue().isNull()) {
                        text.append(' ')
                                .append(
                                        field.getValue().isTextual()
                                                ? field.getValue().asText()
                                                : field.getValue().toString());
                    }
                });
                texts.put(item.get("key").asText(), text.toString());
            }
        }
        JsonNode quotas = new ObjectMapper()
                .readTree(RESOURCES.resolve("data/quotas/starting-quotas.json").toFile());
        quotas.get("municipal")
                .forEach(row -> texts.put(
                        "quota " + row.get("municipality").asText() + " "
                                + row.get("period").asText(),
                        Stream.of("target", "realised", "arrearsIn", "note", "source")
                                .map(row::get)
                                .filter(v -> v != null && !v.isNull())
                                .map(JsonNode::asText)
                                .reduce("", (a, b) -> a + " " + b)));
        Map<String, String> migrations = new java.util.LinkedHashMap<>();
        for (String migration : CONTENT_MIGRATIONS) {
            Path file = RESOURCES.resolve("db/migration").resolve(migration);
            if (Files.exists(file)) {
                migrations.put(migration, Files.readString(file).replaceAll("--[^\n]*", ""));
            }
        }
        // a value that a later migration replaces (named in its WHERE) is no longer shipped
        Set<String> replaced = new java.util.HashSet<>();
        migrations.values().forEach(sql -> {
            Matcher where = Pattern.compile("(?s)\\bWHERE\\b.*?;").matcher(sql);
            while (where.find()) {
                replaced.addAll(literals(where.group()));
            }
        });
        migrations.forEach((name, sql) -> texts.put(name, sqlContent(sql, replaced)));
        texts.put(
                "StartingPlans",
                Files.readString(Path.of("src/main/java/nl/handreiking/plan/StartingPlans.java"))
                        .replaceAll("LocalDate\\.of\\((\\d{4}), (\\d{1,2}), (\\d{1,2})\\)", "$1-0$2-$3")
                        .replaceAll("-0(\\d{2})-", "-$1-")
                        .replaceAll("(?s)^.*?@ApplicationScoped", "")
                        .replaceAll(
                                "OffsetDateTime\\.of\\([^)]*\\)|ZoneOffset\\.ofHours\\(\\d\\)|Priority\\.APPLICATION \\+ \\d+",
                                ""));
        return texts;
    }

    /** The values of a migration: its string literals and the numbers in its VALUES lists, not its schema, ids or history. */
    private static String sqlContent(String sql, Set<String> replaced) {
        String shipped = sql.replaceAll("(?s)\\bWHERE\\b.*?;", ";").replaceAll("'(?:[^']++|'')*+'::jsonb", "''");
        StringBuilder content = new StringBuilder();
        for (String value : literals(shipped)) {
            if (!replaced.contains(value)
                    && !value.matches(
                            "[0-9a-f-]{36}|\\d{4}-\\d{2}-\\d{2}T[\\d:+]+|[a-z_]+|(NL|PV\\d{2}|GM\\d{4})|\\d{4}-H[12]")) {
                content.append(' ').append(value);
            }
        }
        Matcher values = Pattern.compile("(?s)VALUES(.*?);").matcher(shipped.replaceAll("'(?:[^']++|'')*+'", "''"));
        while (values.find()) {
            content.append(' ').append(values.group(1).replaceAll("[(),]", " "));
        }
        return content.toString();
    }

    private static List<String> literals(String sql) {
        List<String> found = new ArrayList<>();
        Matcher literal = Pattern.compile("'((?:[^']++|'')*+)'").matcher(sql);
        while (literal.find()) {
            found.add(literal.group(1).replace("''", "'"));
        }
        return found;
    }

    private static void collectUrls(String text) {
        Matcher url = URL.matcher(text);
        while (url.find()) {
            urls.add(url.group());
        }
    }

    private static Unit englishUnit(String text) {
        Unit unit =
                new Unit(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        String plain = URL.matcher(text).replaceAll(" ");
        Matcher date = Pattern.compile(
                        "(?i)\\b(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))? (" + String.join("|", ENGLISH_MONTHS) + ")[a-z]*")
                .matcher(plain);
        while (date.find()) {
            int month = ENGLISH_MONTHS.indexOf(date.group(3).toLowerCase().substring(0, 3)) + 1;
            unit.dayMonths().add(monthDay(month, Integer.parseInt(date.group(1))));
            if (date.group(2) != null) {
                unit.dayMonths().add(monthDay(month, Integer.parseInt(date.group(2))));
            }
        }
        Matcher dated =
                Pattern.compile("/(\\d{4})/(\\d{2})/(\\d{2})/").matcher(text); // a news item's date in its address
        while (dated.find()) {
            unit.dayMonths().add(dated.group(2) + "-" + dated.group(3));
            unit.years().add(dated.group(1));
        }
        Matcher iso = ISO_DATE.matcher(plain);
        while (iso.find()) {
            unit.dayMonths().add(iso.group(2) + "-" + iso.group(3));
            unit.years().add(iso.group(1));
        }
        Matcher half =
                Pattern.compile("\\b(H[12]) (\\d{4})|\\b(\\d{4})-(H[12])").matcher(plain);
        while (half.find()) {
            unit.halfYears()
                    .add(
                            half.group(1) != null
                                    ? half.group(2) + "-" + half.group(1)
                                    : half.group(3) + "-" + half.group(4));
        }
        Matcher number = ENGLISH_NUMBER.matcher(plain);
        while (number.find()) {
            BigDecimal value = new BigDecimal(
                    number.group(1).replace(",", "") + (number.group(2) == null ? "" : "." + number.group(2)));
            unit.numbers().add(value.stripTrailingZeros());
            if (value.scale() <= 0 && value.toPlainString().length() == 4) {
                unit.years().add(value.toPlainString());
            }
            String scale = number.group(3);
            if (scale != null) {
                unit.numbers()
                        .add(value.multiply(BigDecimal.TEN.pow(
                                        switch (scale) {
                                            case "k" -> 3;
                                            case "m", "million" -> 6;
                                            default -> 9;
                                        }))
                                .stripTrailingZeros());
            }
        }
        return unit;
    }

    private static Unit dutchUnit(String text) {
        Unit unit = new Unit(
                new LinkedHashSet<>(dutchNumbers(text)),
                new LinkedHashSet<>(),
                new LinkedHashSet<>(),
                new LinkedHashSet<>());
        for (String date : dates(text)) {
            unit.years().add(date.substring(0, 4));
            unit.dayMonths().add(date.substring(5));
        }
        Matcher year = Pattern.compile("\\b(19|20)\\d{2}\\b").matcher(text);
        while (year.find()) {
            unit.years().add(year.group());
        }
        return unit;
    }

    private static List<BigDecimal> dutchNumbers(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher number = DUTCH_NUMBER.matcher(text);
        while (number.find()) {
            BigDecimal value = new BigDecimal(
                    number.group(1).replace(".", "") + (number.group(2) == null ? "" : "." + number.group(2)));
            if (number.group(3) != null) {
                value = value.multiply(BigDecimal.TEN.pow(number.group(3).equals("miljoen") ? 6 : 9));
            }
            numbers.add(value.stripTrailingZeros());
        }
        return numbers;
    }

    /** ISO dates and Dutch dates ("27 mei 2021"; "27 mei" takes the year of the next full date). */
    private static List<String> dates(String text) {
        List<String> found = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            found.add(iso.group());
        }
        Matcher dutch = DUTCH_DATE.matcher(text);
        while (dutch.find()) {
            String year = dutch.group(3);
            if (year == null) {
                // "van 27 mei tot en met 11 juni 2021": the year of the date that closes the range; a day without a
                // year otherwise recurs
                Matcher next = Pattern.compile("^(?: tot en met| tot| en|\\s*[–-])\\s*\\d{1,2} (?:"
                                + String.join("|", DUTCH_MONTHS) + ") (\\d{4})")
                        .matcher(text.substring(dutch.end()));
                year = next.find() ? next.group(1) : null;
            }
            if (year != null) {
                found.add(year + "-"
                        + monthDay(DUTCH_MONTHS.indexOf(dutch.group(2)) + 1, Integer.parseInt(dutch.group(1))));
            }
        }
        return found;
    }

    private static String monthDay(int month, int day) {
        return String.format("%02d-%02d", month, day);
    }

    /** A date is sourced when one fact names its day and month and its year, or it starts or ends a half year a fact names. */
    private static boolean sourcedDate(String date) {
        String year = date.substring(0, 4);
        String monthDay = date.substring(5);
        String half = switch (monthDay) {
            case "01-01", "06-30" -> year + "-H1";
            case "07-01", "12-31" -> year + "-H2";
            default -> "";
        };
        return units.stream()
                .anyMatch(u -> u.dayMonths().contains(monthDay) && u.years().contains(year)
                        || u.halfYears().contains(half));
    }

    private static boolean sourcedNumber(BigDecimal number) {
        return derived.contains(number)
                || units.stream().anyMatch(u -> u.numbers().contains(number));
    }
}
