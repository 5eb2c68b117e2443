package nl.handreiking.quota;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Problem;
import nl.handreiking.region.RegionService;
import nl.handreiking.region.RegionType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads quota CSV line by line, naming every bad line and field; semicolons (as Dutch spreadsheets write) or commas. */
final class QuotaCsv {

    private QuotaCsv() {}

    static List<QuotaImport.Line> read(String text, RegionService regions, List<Problem.InvalidParam> errors) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<QuotaImport.Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || !header(records.get(0)).equals(QuotaImport.COLUMNS)) {
                errors.add(new Problem.InvalidParam(
                        "regel 1", Messages.text("reason.quotaColumns", String.join(";", QuotaImport.COLUMNS))));
                return lines;
            }
            if (records.size() > QuotaImport.MAX_LINES + 1) {
                errors.add(
                        new Problem.InvalidParam("file", Messages.text("reason.tooManyLines", QuotaImport.MAX_LINES)));
                return lines;
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                line(record, regions, errors, seen).ifPresent(lines::add);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new Problem.InvalidParam("file", Messages.text("reason.unreadableCsv", e.getMessage())));
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.InvalidParam("file", Messages.text("reason.noFigures")));
        }
        return lines;
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        record.forEach(names::add);
        return names;
    }

    private static Optional<QuotaImport.Line> line(
            CSVRecord record, RegionService regions, List<Problem.InvalidParam> errors, Set<String> seen) {
        long number = record.getRecordNumber();
        String at = "regel " + number + ": ";
        int before = errors.size();
        if (record.size() != QuotaImport.COLUMNS.size()) {
            errors.add(new Problem.InvalidParam(
                    "regel " + number, Messages.text("reason.fieldCount", record.size(), QuotaImport.COLUMNS.size())));
            return Optional.empty();
        }
        String municipality = record.get(0).toUpperCase(java.util.Locale.ROOT);
        if (regions.place(municipality)
                .filter(p -> p.type().equals(RegionType.MUNICIPALITY.apiValue()))
                .isEmpty()) {
            errors.add(new Problem.InvalidParam(at + "municipality", Messages.text("reason.municipalityCode2021")));
        }
        Optional<HalfYear> period = HalfYear.parse(record.get(1));
        if (period.isEmpty()) {
            errors.add(new Problem.InvalidParam(at + "period", Messages.text("reason.halfYear")));
        }
        Integer target = number(record.get(2), true, at + "target", errors);
        Integer realised = number(record.get(3), false, at + "realised", errors);
        Integer arrearsIn = whole(record.get(4), at + "arrearsIn", errors);
        if (period.isPresent() && !seen.add(municipality + " " + period.get())) {
            errors.add(new Problem.InvalidParam(
                    "regel " + number, Messages.text("reason.duplicateLine", municipality + " " + period.get())));
        }
        return errors.size() > before
                ? Optional.empty()
                : Optional.of(
                        new QuotaImport.Line((int) number, municipality, period.get(), target, realised, arrearsIn));
    }

    /** A count: a whole number of 0 or more; empty only where allowed. */
    private static Integer number(String raw, boolean required, String name, List<Problem.InvalidParam> errors) {
        if (raw.isEmpty()) {
            if (required) {
                errors.add(new Problem.InvalidParam(name, Messages.text("reason.required")));
            }
            return null;
        }
        Integer value = whole(raw, name, errors);
        if (value != null && value < 0) {
            errors.add(new Problem.InvalidParam(name, Messages.text("reason.notNegative")));
            return null;
        }
        return value;
    }

    /** A whole number, negative allowed (a lead); empty is unknown. */
    private static Integer whole(String raw, String name, List<Problem.InvalidParam> errors) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw);
            if (Math.abs(value) > 1_000_000) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new Problem.InvalidParam(name, Messages.text("reason.notAnInteger")));
            return null;
        }
    }
}
