package org.dataactioncontracts.genesys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CompatMathTool} against the real velocity-tools 2.0 {@code MathTool}, loaded from its own jar in an isolated
 * class loader (tools 3.1 is on the test classpath): every public method of 2.0's MathTool, on a table of arguments.
 * Results must be equal in value <em>and</em> class, since a template renders {@code 4} and {@code 4.0} differently.
 */
class CompatMathToolParityTest {
    /** ints, longs, doubles, big values, negatives, numeric and non-numeric strings, booleans and null. */
    private static final List<Object> VALUES = Arrays.asList(
            0, 2, -3, 7, Integer.MAX_VALUE, 40, Integer.MIN_VALUE, 3_000_000_000L, -3_000_000_000L,
            2.0, 3.5, -2.5, 0.1, 0.5, 1.005, 1e20, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
            new BigInteger("12345678901234567890"), new BigDecimal("2.50"), (short) 4, 2.5f,
            "12", "-7", "2.5", "4.0", " 4 ", "1e3", "1,000", "12abc", "0x10", "abc", "", "2147483648", "99999999999999999999",
            true, null);
    /** Argument lists for the varargs methods and getTotal/getAverage: empty, one, many, mixed, with null. */
    private static final List<List<Object>> LISTS = List.of(
            List.of(), List.of(1), List.of(1, 2, 3), List.of(1, 2.5), List.of(2.0, 2), List.of("3", "4"), List.of(-1, -2, -3),
            List.of(10, 4, 2), List.of(10, 0, 2), List.of(Integer.MAX_VALUE, 1), List.of("x", 1), List.of(1.5, -2.5),
            Arrays.asList(1, null, 3), List.of(5), List.of(-5.5), List.of(3_000_000_000L, 3_000_000_000L));

    private static URLClassLoader loader;
    private static Object tools20;
    private static final CompatMathTool COMPAT = new CompatMathTool();

    @BeforeAll
    static void loadVelocityTools20() throws Exception {
        Path dir = Path.of(System.getProperty("velocityTools20.dir", "target/velocity-tools-2.0"));
        List<URL> jars = new ArrayList<>();
        for (String name : List.of("velocity-tools-2.0.jar", "commons-beanutils-1.7.0.jar", "commons-logging-1.1.jar")) {
            assertThat(dir.resolve(name)).as("copied by maven-dependency-plugin in generate-test-resources").exists();
            jars.add(dir.resolve(name).toUri().toURL());
        }
        // Parent: the platform loader, so nothing of tools 3.1 (same package and class names) can leak in.
        loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> mathTool = loader.loadClass("org.apache.velocity.tools.generic.MathTool");
        assertThat(mathTool.getClassLoader()).isSameAs(loader);
        assertThat(mathTool.getProtectionDomain().getCodeSource().getLocation().getPath()).endsWith("velocity-tools-2.0.jar");
        tools20 = mathTool.getConstructor().newInstance();
        // Text parses with the tool's locale (the JVM default unless configured); the engine emulates en-US.
        mathTool.getMethod("configure", Map.class).invoke(tools20, Map.of("locale", Locale.US));
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    private static List<Method> publicMethodsOfMathTool20() {
        return Arrays.stream(tools20.getClass().getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .sorted((a, b) -> signature(a).compareTo(signature(b)))
                .toList();
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    @Test
    void compatMathToolHasEveryPublicMethodOfMathTool20AndNoOther() {
        Set<String> expected = publicMethodsOfMathTool20().stream().map(CompatMathToolParityTest::signature).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = Arrays.stream(CompatMathTool.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(CompatMathToolParityTest::signature).collect(Collectors.toCollection(TreeSet::new));

        assertThat(expected).hasSize(37);
        assertThat(actual).isEqualTo(expected);
    }

    static Stream<String> methods() {
        return publicMethodsOfMathTool20().stream().map(CompatMathToolParityTest::signature);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyMethodAgreesWithVelocityTools20OnTheArgumentTable(String signature) throws Exception {
        Method original = publicMethodsOfMathTool20().stream().filter(m -> signature(m).equals(signature)).findFirst().orElseThrow();
        Method compat = CompatMathTool.class.getMethod(original.getName(), original.getParameterTypes());
        List<Object[]> calls = argumentsFor(original);
        List<String> differences = new ArrayList<>();
        for (Object[] args : calls) {
            String expected = outcome(original, tools20, args);
            String actual = outcome(compat, COMPAT, args);
            boolean random = original.getName().equals("random") || original.getName().equals("getRandom");
            if (random ? !sameRandomShape(expected, actual) : !expected.equals(actual)) {
                differences.add(signature + " " + describe(args) + ": tools 2.0 " + expected + ", compat " + actual);
            }
        }
        assertThat(calls).as("argument combinations checked").hasSizeGreaterThanOrEqualTo(1);
        assertThat(differences).as(differences.size() + " of " + calls.size() + " calls differ").isEmpty();
    }

    /** Random results cannot be equal; they must agree on null-ness and kind: whole (Integer or Long, by the value drawn) or Double. */
    private static boolean sameRandomShape(String expected, String actual) {
        return randomShape(expected).equals(randomShape(actual));
    }

    private static String randomShape(String outcome) {
        return outcome.startsWith("Integer ") || outcome.startsWith("Long ") ? "whole" : outcome.startsWith("Double NaN") ? outcome
                : outcome.substring(0, outcome.indexOf(' '));
    }

    @Test
    void randomStaysInItsRangeAndKeepsTheArgumentsType() {
        for (int i = 0; i < 200; i++) {
            assertThat(COMPAT.random(1, 3)).isInstanceOf(Integer.class).satisfies(n -> assertThat(n.intValue()).isBetween(1, 2));
            assertThat(COMPAT.random(1.5, 3)).isInstanceOf(Double.class).satisfies(n -> assertThat(n.doubleValue()).isBetween(1.5, 3.0));
        }
    }

    /** Through Velocity 2.4 as the engine runs it: overload choice (two arguments, varargs, a list) must not change results. */
    @Test
    void templatesRenderTheSameWithEitherTool() {
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        List<String> templates = List.of("$math.add(1,2)", "$math.add(1,2,3)", "$math.mul(2,3.5)", "$math.pow(2.0,2)", "$math.pow(2,2)",
                "$math.div(7,2)", "$math.div(6,3)", "$math.div(1,0)", "$math.max(-1,-2)", "$math.max(-1,-2,-3)", "$math.min(4,'2',6)",
                "$math.roundTo(2,3.14159)", "$math.roundTo(0,2.5)", "$math.round(2.5)", "$math.round('3.5')", "$math.abs(-4)",
                "$math.abs(-4.0)", "$math.toNumber('12')", "$math.toNumber('1,000')", "$math.toInteger('12.9')", "$math.toDouble(3)",
                "$math.getTotal([1,2,3])", "$math.getAverage([1,2,4])", "$math.getTotal([1.5,2])", "$math.add($n,1)", "$math.sub($s,'2')",
                "$math.idiv(7,2)", "$math.mod(-7,2)", "$math.ceil(1.2)", "$math.floor(-1.2)", "$math.add('x',1)");
        for (String template : templates) {
            assertThat(render(engine, template, COMPAT)).as(template).isEqualTo(render(engine, template, tools20));
        }
    }

    private static String render(VelocityEngine engine, String template, Object math) {
        VelocityContext context = new VelocityContext(Map.of("math", math, "n", 41, "s", "5"));
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, "parity", template);
        return out.toString();
    }

    /**
     * Every value, every pair of values, every list. One exception: tools 2.0's roundTo loops {@code decimals} times, up
     * to 2^31 iterations per call, so of the pairs whose first value is a huge number of decimals only the first is run
     * (40 decimals, where the int power of ten has already overflowed to 0, covers that case with every second value).
     */
    private static List<Object[]> argumentsFor(Method method) throws Exception {
        Class<?>[] types = method.getParameterTypes();
        List<Object[]> calls = new ArrayList<>();
        if (method.getName().equals("roundTo")) {
            Method toNumber = tools20.getClass().getMethod("toNumber", Object.class);
            int skipped = 0;
            for (Object a : VALUES) {
                Number places = (Number) toNumber.invoke(tools20, a);
                for (Object b : VALUES) {
                    boolean huge = places != null && places.intValue() > 1000;
                    if (huge && !(Integer.valueOf(Integer.MAX_VALUE).equals(a) && Double.valueOf(3.5).equals(b))) {
                        skipped++;
                    } else {
                        calls.add(new Object[] {a, b});
                    }
                }
            }
            assertThat(skipped).as("roundTo pairs with a huge number of decimals not run").isLessThan(VALUES.size() * 6);
            return calls;
        }
        if (types.length == 0) {
            calls.add(new Object[0]);
        } else if (types.length == 1 && types[0] == Object.class) {
            VALUES.forEach(v -> calls.add(new Object[] {v}));
        } else if (types.length == 2 && types[0] == Object.class && types[1] == Object.class) {
            for (Object a : VALUES) {
                for (Object b : VALUES) {
                    calls.add(new Object[] {a, b});
                }
            }
        } else if (types.length == 1 && types[0] == Object[].class) {
            LISTS.forEach(l -> calls.add(new Object[] {l.toArray()}));
            calls.add(new Object[] {null});
        } else if (types.length == 1 && types[0] == Collection.class) {
            LISTS.forEach(l -> calls.add(new Object[] {l}));
            calls.add(new Object[] {null});
        } else if (types.length == 1 && types[0] == double[].class) {
            LISTS.stream().filter(l -> l.stream().allMatch(Number.class::isInstance))
                    .forEach(l -> calls.add(new Object[] {l.stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray()}));
            calls.add(new Object[] {null});
        } else if (types.length == 1 && types[0] == long[].class) {
            LISTS.stream().filter(l -> l.stream().allMatch(Number.class::isInstance))
                    .forEach(l -> calls.add(new Object[] {l.stream().mapToLong(n -> ((Number) n).longValue()).toArray()}));
            calls.add(new Object[] {null});
        } else if (types.length == 2 && types[1] == String.class) {
            // getTotal/getAverage(collection or array, field): beans with a getter, maps, and a field nobody has
            List<List<Object>> lists = List.of(List.of(new Item(2), new Item(5), new Item(-1)), Arrays.asList(new Item(2), null),
                    List.of(Map.of("value", 1), Map.of("value", 2.5)), List.of(Map.of("value", 2.0), Map.of("value", 2)),
                    List.of(Map.of("value", 2), Map.of("value", 2.0)), List.of(Map.of("value", "abc"), Map.of("value", 2)),
                    List.of(Map.of("value", "3"), Map.of("x", 2)), List.of(Map.of("value", 1), Map.of("value", 2)), List.of());
            for (List<Object> items : lists) {
                for (String field : Arrays.asList("value", "missing", null)) {
                    calls.add(new Object[] {types[0] == Collection.class ? items : items.toArray(), field});
                }
            }
        } else {
            throw new IllegalStateException("no argument table for " + Arrays.toString(types));
        }
        return calls;
    }

    /** A bean for getTotal(collection, "value"); public so both tools can read its getter. */
    public static final class Item {
        private final int value;

        Item(int value) {
            this.value = value;
        }

        public int getValue() {
            return value;
        }
    }

    /** The result as "Class value", or the exception's class. */
    private static String outcome(Method method, Object target, Object[] args) {
        try {
            Object result = method.invoke(target, args);
            return result == null ? "null " : result.getClass().getSimpleName() + " " + result;
        } catch (InvocationTargetException e) {
            return "throws " + e.getCause().getClass().getSimpleName();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Object[] array ? Arrays.deepToString(array)
                : a instanceof double[] d ? Arrays.toString(d) : a instanceof long[] l ? Arrays.toString(l)
                : a instanceof String text ? "\"" + text + "\"" : a == null ? "null" : a.getClass().getSimpleName() + " " + a)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
