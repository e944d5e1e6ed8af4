package org.dataactioncontracts.genesys.internal;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * {@code $math} as velocity-tools 2.0's {@code MathTool} behaves, checked method by method against the real library
 * ({@code CompatMathToolParityTest}). Its rules, quirks included, because templates render what they return:
 * <ul>
 *   <li>{@code add sub mul div max min} (two arguments or any number) compute in doubles and return an Integer (Long
 *       beyond int range) whenever the result is whole, whatever the arguments: {@code mul(2,3.5)} is {@code 7};</li>
 *   <li>{@code pow abs} (and {@code random}) return a Double when an argument's text has a '.', so {@code pow(2.0,2)}
 *       is {@code 4.0} but {@code pow('2.0',2)} is {@code 4}, because text parses to a Long first;</li>
 *   <li>text parses like {@code NumberFormat} in en-US: {@code "1,000"} is 1000, {@code "12abc"} is 12, {@code " 4"} is
 *       not a number;</li>
 *   <li>{@code max} starts from {@code Double.MIN_VALUE} (the smallest positive double), so {@code max(-1,-2)} is
 *       {@code 4.9E-324}; {@code roundTo} multiplies by an int {@code 10^decimals} that overflows, rounds half up with
 *       {@code Math.round} and returns a Double; {@code round} is half-even.</li>
 * </ul>
 * Public because Velocity only calls public methods; not API.
 */
public class CompatMathTool {

    public Number add(Object a, Object b) {
        return add(new Object[] {a, b});
    }

    public Number sub(Object a, Object b) {
        return sub(new Object[] {a, b});
    }

    public Number mul(Object a, Object b) {
        return mul(new Object[] {a, b});
    }

    public Number div(Object a, Object b) {
        return div(new Object[] {a, b});
    }

    public Number max(Object a, Object b) {
        return max(new Object[] {a, b});
    }

    public Number min(Object a, Object b) {
        return min(new Object[] {a, b});
    }

    public Number add(Object... values) {
        return fold(values, 0, Double::sum, false);
    }

    public Number sub(Object... values) {
        return fold(values, 0, (x, y) -> x - y, true);
    }

    public Number mul(Object... values) {
        return fold(values, 1, (x, y) -> x * y, false);
    }

    /** Null when any divisor after the first value is zero. */
    public Number div(Object... values) {
        Number[] numbers = numbers(values);
        if (numbers == null) {
            return null;
        }
        for (int i = 1; i < numbers.length; i++) {
            if (numbers[i].doubleValue() == 0.0) {
                return null;
            }
        }
        return fold(values, 0, (x, y) -> x / y, true);
    }

    public Number max(Object... values) {
        return fold(values, Double.MIN_VALUE, Math::max, false);
    }

    public Number min(Object... values) {
        return fold(values, Double.MAX_VALUE, Math::min, false);
    }

    public Number pow(Object a, Object b) {
        Number x = toNumber(a);
        Number y = toNumber(b);
        return x == null || y == null ? null : typed(Math.pow(x.doubleValue(), y.doubleValue()), x, y);
    }

    public Integer idiv(Object a, Object b) {
        Number x = toNumber(a);
        Number y = toNumber(b);
        return x == null || y == null || y.intValue() == 0 ? null : x.intValue() / y.intValue();
    }

    public Integer mod(Object a, Object b) {
        Number x = toNumber(a);
        Number y = toNumber(b);
        return x == null || y == null || y.intValue() == 0 ? null : x.intValue() % y.intValue();
    }

    public Number abs(Object a) {
        Number x = toNumber(a);
        return x == null ? null : typed(Math.abs(x.doubleValue()), x);
    }

    public Integer ceil(Object a) {
        Number x = toNumber(a);
        return x == null ? null : (int) Math.ceil(x.doubleValue());
    }

    public Integer floor(Object a) {
        Number x = toNumber(a);
        return x == null ? null : (int) Math.floor(x.doubleValue());
    }

    /** Half to even ({@code Math.rint}): {@code round(2.5)} is {@code 2}. */
    public Integer round(Object a) {
        Number x = toNumber(a);
        return x == null ? null : (int) Math.rint(x.doubleValue());
    }

    /** {@code Math.round(value * 10^decimals) / 10^decimals} with an int power of ten that starts at 10 and overflows. */
    public Double roundTo(Object decimals, Object a) {
        Number places = toNumber(decimals);
        Number x = toNumber(a);
        if (places == null || x == null) {
            return null;
        }
        int delta = 10;
        // Once the int overflows to 0 it stays 0 (10^32 is a multiple of 2^32): no need to loop 2^31 times.
        for (int j = 1; j < places.intValue() && delta != 0; j++) {
            delta *= 10;
        }
        return (double) Math.round(x.doubleValue() * delta) / delta;
    }

    public Double getRandom() {
        return Math.random();
    }

    /**
     * A random number between the two values (in either order): a Double if either is written with a '.', else
     * rounded down to a whole number ({@code random(1,3)} is 1 or 2).
     */
    public Number random(Object a, Object b) {
        Number x = toNumber(a);
        Number y = toNumber(b);
        if (x == null || y == null) {
            return null;
        }
        double value = (y.doubleValue() - x.doubleValue()) * Math.random() + x.doubleValue();
        return hasPoint(x) || hasPoint(y) ? (Number) value : whole(Math.floor(value));
    }

    public Integer toInteger(Object a) {
        Number x = toNumber(a);
        return x == null ? null : x.intValue();
    }

    public Double toDouble(Object a) {
        Number x = toNumber(a);
        return x == null ? null : x.doubleValue();
    }

    /** A Number as it is; anything else by its text, parsed like {@code NumberFormat} in en-US (a Long or a Double). */
    public Number toNumber(Object a) {
        if (a == null || a instanceof Number) {
            return (Number) a;
        }
        try {
            return NumberFormat.getNumberInstance(Locale.US).parse(String.valueOf(a));
        } catch (ParseException e) {
            return null;
        }
    }

    public Number getTotal(Collection<?> values) {
        return values == null ? null : getTotal(values.toArray());
    }

    public Number getAverage(Collection<?> values) {
        return values == null ? null : getAverage(values.toArray());
    }

    /** The sum of one property (a getter, or a map key) of the elements; elements whose property is not a number are skipped. */
    public Number getTotal(Collection<?> values, String field) {
        Number[] properties = properties(values, field);
        return properties == null ? null : byFirst(sum(properties), properties);
    }

    /** The property's sum divided by the number of elements, skipped ones included. */
    public Number getAverage(Collection<?> values, String field) {
        Number[] properties = properties(values, field);
        return properties == null ? null : byFirst(sum(properties) / values.size(), properties);
    }

    public Number getTotal(Object[] values, String field) {
        return values == null ? null : getTotal(Arrays.asList(values), field);
    }

    public Number getAverage(Object[] values, String field) {
        return values == null ? null : getAverage(Arrays.asList(values), field);
    }

    /** The sum, typed by the first value: {@code getTotal([2.0, 2])} is {@code 4.0}, {@code getTotal([2, 2.0])} is {@code 4}. */
    public Number getTotal(Object... values) {
        Number[] numbers = numbers(values);
        return numbers == null ? null : byFirst(sum(numbers), numbers);
    }

    /** The mean, typed by the first value; {@code NaN} for no values. */
    public Number getAverage(Object... values) {
        Number[] numbers = numbers(values);
        return numbers == null ? null : byFirst(sum(numbers) / numbers.length, numbers);
    }

    public Number getTotal(double... values) {
        return values == null ? null : Arrays.stream(values).sum();
    }

    public Number getAverage(double... values) {
        Number total = getTotal(values);
        return total == null ? null : total.doubleValue() / values.length;
    }

    public Number getTotal(long... values) {
        return values == null ? null : Arrays.stream(values).sum();
    }

    public Number getAverage(long... values) {
        Number total = getTotal(values);
        return total == null ? null : whole(total.doubleValue() / values.length);
    }

    /** Left fold in doubles; with {@code firstIsStart} the first value replaces {@code start} (sub, div: 0 for none). */
    private Number fold(Object[] values, double start, DoubleBinaryOperator op, boolean firstIsStart) {
        Number[] numbers = numbers(values);
        if (numbers == null) {
            return null;
        }
        double result = start;
        for (int i = 0; i < numbers.length; i++) {
            double value = numbers[i].doubleValue();
            result = i == 0 && firstIsStart ? value : op.applyAsDouble(result, value);
        }
        return whole(result);
    }

    /** Every value as a Number, or null if one is not a number; throws NullPointerException for a null array, as tools 2.0. */
    private Number[] numbers(Object[] values) {
        Number[] numbers = new Number[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = toNumber(values[i]);
            if (numbers[i] == null) {
                return null;
            }
        }
        return numbers;
    }

    /** The numeric properties, null-free; null if the collection or field is null or an element has no such property. */
    private Number[] properties(Collection<?> values, String field) {
        if (values == null || field == null) {
            return null;
        }
        List<Number> numbers = new ArrayList<>();
        for (Object value : values) {
            Object property;
            try {
                property = property(value, field);
            } catch (ReflectiveOperationException | java.beans.IntrospectionException | RuntimeException e) {
                return null;
            }
            Number number = toNumber(property);
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers.toArray(Number[]::new);
    }

    private static double sum(Number[] numbers) {
        double sum = 0;
        for (Number number : numbers) {
            sum += number.doubleValue();
        }
        return sum;
    }

    private static Number byFirst(double value, Number[] numbers) {
        return numbers.length > 0 && hasPoint(numbers[0]) ? (Number) value : whole(value);
    }

    /** A map entry, or a bean property through its public getter; no such getter is an error, as for commons-beanutils. */
    private static Object property(Object bean, String field) throws ReflectiveOperationException, java.beans.IntrospectionException {
        if (bean instanceof Map<?, ?> map) {
            return map.get(field);
        }
        if (bean == null) {
            throw new IllegalArgumentException("no bean");
        }
        for (PropertyDescriptor descriptor : Introspector.getBeanInfo(bean.getClass()).getPropertyDescriptors()) {
            if (descriptor.getName().equals(field) && descriptor.getReadMethod() != null) {
                return descriptor.getReadMethod().invoke(bean);
            }
        }
        throw new NoSuchMethodException("no getter for " + field);
    }

    /** Double when an input is written with a '.', else {@link #whole}. */
    private static Number typed(double value, Number... inputs) {
        for (Number input : inputs) {
            if (hasPoint(input)) {
                return value;
            }
        }
        return whole(value);
    }

    private static boolean hasPoint(Number number) {
        return number.toString().indexOf('.') >= 0;
    }

    /** A whole value as an Integer (a Long beyond int range, saturating), anything else as a Double. */
    private static Number whole(double value) {
        if (Math.rint(value) != value) {
            return value;
        }
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? (Number) (long) value : (Number) (int) value;
    }
}
