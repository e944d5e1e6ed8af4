package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Jenkinsfiles are checked in the build: they compile as Groovy, and every {@code sh} step calls a ci/ script
 * that exists and that a test of this module runs, or a Maven command whose modules and phases exist.
 */
class JenkinsfilesTest {

    private static final Path ROOT = CiScripts.ROOT;
    private static final Set<String> PHASES = Set.of("clean", "validate", "compile", "test", "package", "verify", "install");

    @ParameterizedTest
    @ValueSource(strings = {"Jenkinsfile", "ci/provider-verification.Jenkinsfile"})
    void compilesAsGroovy(String jenkinsfile) throws IOException {
        assertThat(compiled(jenkinsfile).getClasses()).isNotEmpty();
    }

    private static final Map<String, ModuleNode> MODULES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Compiles a Jenkinsfile to bytecode (throws with line and column on any error), once per file. */
    private static ModuleNode compiled(String jenkinsfile) throws IOException {
        ModuleNode cached = MODULES.get(jenkinsfile);
        if (cached == null) {
            CompilationUnit unit = new CompilationUnit();
            SourceUnit source = unit.addSource(jenkinsfile, Files.readString(ROOT.resolve(jenkinsfile)));
            unit.compile(Phases.CLASS_GENERATION);
            cached = source.getAST();
            MODULES.put(jenkinsfile, cached);
        }
        return cached;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jenkinsfile", "ci/provider-verification.Jenkinsfile"})
    void everyShStepCallsATestedCiScriptOrAnExistingMavenCommand(String jenkinsfile) throws IOException {
        List<String> commands = shCommands(jenkinsfile);
        assertThat(commands).isNotEmpty();
        String testSources = testSources();
        Set<String> modules = reactorModules();
        for (String command : commands) {
            List<String> words = Arrays.asList(command.trim().split("\\s+"));
            String program = words.get(0);
            if (program.startsWith("ci/")) {
                Path script = ROOT.resolve(program);
                assertThat(script).as(command).isRegularFile().isExecutable();
                assertThat(testSources).as("a test runs %s", program).contains("\"" + program + "\"");
            } else if (program.equals("mvn")) {
                for (int i = 1; i < words.size(); i++) {
                    String word = words.get(i);
                    if (word.equals("-pl")) {
                        assertThat(modules).as(command).containsAll(Arrays.asList(words.get(++i).split(",")));
                    } else if (word.equals("-P")) {
                        throw new AssertionError("profiles are not used by the pipeline: " + command);
                    } else if (!word.startsWith("-")) {
                        assertThat(PHASES).as("a lifecycle phase in: %s", command).contains(word);
                    }
                }
            } else {
                throw new AssertionError(jenkinsfile + " calls '" + program + "', which is neither a ci/ script nor mvn: " + command);
            }
        }
    }

    @Test
    void theConsumerPipelineHasTheStagesOfEachDomainInOrder() throws IOException {
        String text = Files.readString(ROOT.resolve("Jenkinsfile"));
        List<String> stages = List.of("contract tests\")", "publish\")", "can-i-deploy\")", "deploy\")", "record deployment\")");
        int previous = -1;
        for (String stage : stages) {
            int at = text.indexOf(": " + stage);
            assertThat(at).as("stage '%s' after the one before it", stage).isGreaterThan(previous);
            previous = at;
        }
        assertThat(text).contains("DEPLOY HOOK", "choice(name: 'TARGET_ENVIRONMENT'", "parallel branches", "ci/domains.sh",
                "junit", "surefire-reports");
        assertThat(text).doesNotContainPattern("(?i)https?://").as("no broker host in the Jenkinsfile");
    }

    /** The command of every sh step, GString placeholders replaced by a real domain and environment. */
    private static List<String> shCommands(String jenkinsfile) throws IOException {
        ModuleNode module = compiled(jenkinsfile);
        List<String> commands = new ArrayList<>();
        Map<String, String> values = Map.of("domain", firstDomain(), "params.TARGET_ENVIRONMENT", "test");
        CodeVisitorSupport visitor = new CodeVisitorSupport() {
            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                if (call.getMethodAsString() != null && call.getMethodAsString().equals("sh")) {
                    commands.add(text(scriptArgument(call.getArguments()), values));
                }
                super.visitMethodCallExpression(call);
            }
        };
        // After compilation the script body is the run() method of the script class; helpers are its other methods.
        module.getClasses().forEach(c -> c.getMethods().forEach(m -> {
            if (m.getCode() != null) {
                m.getCode().visit(visitor);
            }
        }));
        return commands;
    }

    private static Expression scriptArgument(Expression arguments) {
        List<Expression> list = arguments instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(arguments);
        for (Expression argument : list) {
            if (argument instanceof MapExpression map) {
                for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                    if (entry.getKeyExpression().getText().equals("script")) {
                        return entry.getValueExpression();
                    }
                }
            }
        }
        return list.get(0);
    }

    private static String text(Expression expression, Map<String, String> values) {
        if (expression instanceof ConstantExpression constant) {
            return String.valueOf(constant.getValue());
        }
        if (expression instanceof GStringExpression gstring) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < gstring.getStrings().size(); i++) {
                out.append(gstring.getStrings().get(i).getValue());
                if (i < gstring.getValues().size()) {
                    String name = gstring.getValues().get(i).getText();
                    assertThat(values).as("a placeholder the check knows: %s", name).containsKey(name);
                    out.append(values.get(name));
                }
            }
            return out.toString();
        }
        throw new AssertionError("an sh step whose command is not a string: " + expression.getText());
    }

    private static String firstDomain() {
        CiScripts.Result result = CiScripts.run("ci/domains.sh", List.of(), Map.of());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.output().lines().findFirst().orElseThrow();
    }

    private static Set<String> reactorModules() throws IOException {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        Set<String> modules = new java.util.HashSet<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    private static String testSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("pipeline-tests/src/test/java"))) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("JenkinsfilesTest.java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"));
        }
    }
}
