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
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The Jenkinsfiles are checked in the build: they compile as Groovy, and every {@code sh} step calls a ci/ script
 * that exists and that a test of this module runs, or a Maven command whose modules and phases exist.
 */
class JenkinsfilesTest {

    private static final Path ROOT = CiScripts.ROOT;
    private static final Set<String> PHASES = Set.of("clean", "validate", "compile", "test", "package", "verify", "install");

    /** Every pipeline of the repository: the root Jenkinsfile and every ci/*.Jenkinsfile. */
    static List<String> jenkinsfiles() throws IOException {
        List<String> files = new ArrayList<>(List.of("Jenkinsfile"));
        try (Stream<Path> ci = Files.list(ROOT.resolve("ci"))) {
            ci.map(p -> "ci/" + p.getFileName()).filter(n -> n.endsWith(".Jenkinsfile")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void discoversEveryPipeline() throws IOException {
        assertThat(jenkinsfiles()).contains("Jenkinsfile", "ci/provider-verification.Jenkinsfile", "ci/vendor-recording.Jenkinsfile");
    }

    @ParameterizedTest
    @MethodSource("jenkinsfiles")
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
    @MethodSource("jenkinsfiles")
    void everyShStepCallsATestedCiScriptOrAnExistingMavenCommand(String jenkinsfile) throws IOException {
        List<String> commands = shCommands(jenkinsfile);
        assertThat(commands).isNotEmpty();
        String testSources = testSources();
        Set<String> modules = reactorModules();
        for (String command : commands) {
            List<String> selected = new ArrayList<>();
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
                        selected.addAll(Arrays.asList(words.get(++i).split(",")));
                        assertThat(modules).as(command).containsAll(selected);
                    } else if (word.startsWith("-P")) {
                        String profiles = word.length() > 2 ? word.substring(2) : words.get(++i);
                        for (String profile : profiles.split(",")) {
                            assertThat(profileIds(selected)).as("a profile of the root POM or a selected module in: %s", command)
                                    .contains(profile.replaceFirst("^[!-]", ""));
                        }
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
        assertThat(text).as("no broker host in the Jenkinsfile").doesNotContainPattern("(?i)https?://");
    }

    @Test
    void theDeployStageRunsDacDeployOnlyWithTheEnvironmentsOrgCredentialAndRecordsOnlyARealDeployment() throws IOException {
        String text = Files.readString(ROOT.resolve("Jenkinsfile"));
        assertThat(text).contains("credentialsId: \"genesys-org-${params.TARGET_ENVIRONMENT}\"",
                "usernameVariable: 'GENESYSCLOUD_OAUTHCLIENT_ID', passwordVariable: 'GENESYSCLOUD_OAUTHCLIENT_SECRET'",
                "fileExists(\"${domain}/genesys-org.properties\")", "'CredentialNotFoundException'", "terraform", "if (deployed) {");
        int deploy = text.indexOf("sh \"ci/deploy-data-actions.sh ${domain} ${params.TARGET_ENVIRONMENT}\"");
        int deployed = text.indexOf("deployed = true", deploy);
        int record = text.indexOf("sh \"ci/record-deployment.sh");
        assertThat(deploy).as("dac deploy in the deploy stage").isPositive();
        assertThat(deployed).as("deployed is set right after the deploy step").isGreaterThan(deploy).isLessThan(record);
        assertThat(text.substring(text.indexOf("if (deployed) {"))).as("record deployment only inside if (deployed)").contains("ci/record-deployment.sh");
        assertThat(shCommands("Jenkinsfile")).contains("ci/deploy-data-actions.sh " + firstDomain() + " test");
    }

    @Test
    void theVendorRecordingRunsWeeklyKeepsItsHistoryAndAlerts() throws IOException {
        String text = Files.readString(ROOT.resolve("ci/vendor-recording.Jenkinsfile"));
        assertThat(text).contains("triggers {", "cron('H H(3-5) * * 1')", "copyArtifacts(", "lastSuccessful()",
                "archiveArtifacts", "billing-contracts/target/recordings", "junit ", "surefire-reports",
                "credentials('billing-staging-api-key')", "credentialsId: 'vendor-alert-webhook'", "failure {", "unstable {",
                "unstable(env.VENDOR_RESULT)", "status == 3", "status == 4", "status == 1");
        assertThat(text).as("no host in the Jenkinsfile").doesNotContainPattern("(?i)https?://");
        List<String> commands = shCommands("ci/vendor-recording.Jenkinsfile");
        assertThat(commands).contains("ci/record-vendor.sh billing-contracts", "ci/notify.sh \"$ALERT_STATUS\" \"$ALERT_MESSAGE\"");
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

    /** The profile ids declared in the root POM and in the POMs of the given modules. */
    private static Set<String> profileIds(List<String> modules) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        List<Path> poms = new ArrayList<>(List.of(ROOT.resolve("pom.xml")));
        modules.forEach(m -> poms.add(ROOT.resolve(m).resolve("pom.xml")));
        for (Path pom : poms) {
            Matcher profiles = Pattern.compile("(?s)<profile>\\s*(?:<!--.*?-->\\s*)*<id>([^<]+)</id>").matcher(Files.readString(pom));
            while (profiles.find()) {
                ids.add(profiles.group(1).trim());
            }
        }
        return ids;
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
