package org.dataactioncontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Compiles and runs every {@code ```java} block of the README against the real library, so the examples cannot rot. */
class ReadmeJavaExamplesTest {
    private static final String IMPORTS = """
            import java.nio.file.*;
            import java.net.URI;
            import java.util.*;
            import org.dataactioncontracts.action.*;
            import org.dataactioncontracts.genesys.*;
            """;

    @Test
    void readmeJavaBlocksCompileAndRunFromTheRepositoryRoot(@org.junit.jupiter.api.io.TempDir Path classes) throws Exception {
        List<String> blocks = javaBlocks().stream().filter(b -> !b.startsWith("// from ")).toList();
        assertThat(blocks).isNotEmpty();
        for (int i = 0; i < blocks.size(); i++) {
            String className = "ReadmeExample" + i;
            // The README's paths are relative to the repository root; the test runs in the module directory.
            String code = blocks.get(i).replace("Path.of(\"", "Path.of(\"" + TestFiles.REPO.toString().replace("\\", "/") + "/");
            String source = IMPORTS + "public class " + className + " { public static void run() throws Exception {\n"
                    + code + "\n} }";
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            StringWriter out = new StringWriter();
            boolean ok = compiler.getTask(out, null, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"), null,
                    List.of(new Source(className, source))).call();
            assertThat(ok).as("README java block %d does not compile: %s", i, diagnostics.getDiagnostics()).isTrue();

            try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                loader.loadClass(className).getMethod("run").invoke(null);
            }
        }
    }

    @Test
    void readmeExcerptsStandVerbatimInTheFilesTheyQuote() throws IOException {
        List<String> excerpts = new java.util.ArrayList<>(javaBlocks().stream().filter(b -> b.startsWith("// from ")).toList());
        // Scenario-file excerpts (```yaml blocks opening with "# from <file>") too.
        ReadmeBlocks.of("yaml").stream().filter(b -> b.startsWith("# from ")).map(b -> "// from " + b.substring("# from ".length()))
                .forEach(excerpts::add);
        assertThat(excerpts).isNotEmpty();
        assertThat(ReadmeBlocks.of("yaml")).hasSizeGreaterThanOrEqualTo(4);
        for (String excerpt : excerpts) {
            String source = excerpt.substring("// from ".length(), excerpt.indexOf('\n')).strip();
            String body = excerpt.substring(excerpt.indexOf('\n') + 1);
            assertThat(Files.readString(TestFiles.REPO.resolve(source))).as("README excerpt of %s", source).contains(body.stripTrailing());
        }
    }

    private static List<String> javaBlocks() throws IOException {
        return ReadmeBlocks.of("java");
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

}
