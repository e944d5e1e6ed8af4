package org.dataactioncontracts.benchmarks.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** The JDK's compiler, run in this JVM on generated test sources: seconds, not a Maven build. */
public final class SourceCompiler {
    private SourceCompiler() {
    }

    /**
     * Compiles every {@code .java} file below {@code sources} into {@code classes}.
     *
     * @return the compiler's errors, one line each ({@code file:line: message}); empty when it compiled
     * @throws IllegalStateException when this Java runtime has no compiler (a JRE, not a JDK)
     */
    public static List<String> compile(Path sources, List<Path> classpath, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("The Java runtime at " + System.getProperty("java.home") + " has no compiler: run the benchmark"
                    + " with a JDK 17+ (set JAVA_HOME), not a JRE");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        if (files.isEmpty()) {
            return List.of("no .java file below " + sources);
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            // -proc:none: no annotation processor runs on generated tests; -nowarn: the sources are generated, nobody reads warnings.
            javac.getTask(null, fileManager, diagnostics, List.of("--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8"), null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "(no file)" : Path.of(d.getSource().toUri()).getFileName().toString();
                errors.add(file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
