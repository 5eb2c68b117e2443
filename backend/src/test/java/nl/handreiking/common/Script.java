package nl.handreiking.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the repository's scripts (scripts/), run as `make` runs it, with only the environment given here. */
public record Script(String name, Map<String, String> environment) {

    private static final Path FOLDER = Path.of("..", "scripts").toAbsolutePath().normalize();

    /** What a run printed (standard output and error together) and how it ended. */
    public record Run(int exitCode, String output) {

        /** The last line printed: the scripts print their result there. */
        public String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    public Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(FOLDER.resolve(name).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // nothing of the test JVM's own database settings may leak into the script's choice of database
        builder.environment()
                .keySet()
                .removeIf(variable -> variable.startsWith("PG") || variable.startsWith("QUARKUS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not end within 120 s:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }

    /** Runs the script and fails, with what it said, unless it ends successfully. */
    public Run succeeds(String... arguments) throws IOException, InterruptedException {
        Run run = run(arguments);
        if (run.exitCode() != 0) {
            throw new AssertionError(name + " ended with " + run.exitCode() + ":\n" + run.output());
        }
        return run;
    }
}
