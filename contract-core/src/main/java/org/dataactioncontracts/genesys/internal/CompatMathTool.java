package org.dataactioncontracts.genesys.internal;

import java.math.BigDecimal;

/**
 * A {@code $math} with velocity-tools 2.0 semantics: a whole result stays integral ({@code $math.mul(2,3.5)} renders
 * {@code 7}, where tools 3.x renders {@code 7.0} and a draft-04 {@code integer} rejects it).
 */
public class CompatMathTool {

    public Number add(Object a, Object b) {
        return binary(a, b, Double::sum);
    }

    public Number sub(Object a, Object b) {
        return binary(a, b, (x, y) -> x - y);
    }

    public Number mul(Object a, Object b) {
        return binary(a, b, (x, y) -> x * y);
    }

    public Number div(Object a, Object b) {
        Number y = toNumber(b);
        if (y == null || y.doubleValue() == 0) {
            return null;
        }
        return binary(a, b, (p, q) -> p / q);
    }

    public Number pow(Object a, Object b) {
        return binary(a, b, Math::pow);
    }

    public Integer idiv(Object a, Object b) {
        Number x = toNumber(a);
        Number y = toNumber(b);
        if (x == null || y == null || y.intValue() == 0) {
            return null;
        }
        return x.intValue() / y.intValue();
    }

    public Integer mod(Object a, Object b) {
        Number x = toNumber(a);
        Number y = toNumber(b);
        if (x == null || y == null || y.intValue() == 0) {
            return null;
        }
        return x.intValue() % y.intValue();
    }

    public Number max(Object a, Object b) {
        return binary(a, b, Math::max);
    }

    public Number min(Object a, Object b) {
        return binary(a, b, Math::min);
    }

    public Number abs(Object a) {
        Number x = toNumber(a);
        return x == null ? null : whole(Math.abs(x.doubleValue()));
    }

    public Integer ceil(Object a) {
        Number x = toNumber(a);
        return x == null ? null : (int) Math.ceil(x.doubleValue());
    }

    public Integer floor(Object a) {
        Number x = toNumber(a);
        return x == null ? null : (int) Math.floor(x.doubleValue());
    }

    /** Rounds half to even, as tools 2.0 ({@code Math.rint}): {@code round(2.5)} is {@code 2}. */
    public Integer round(Object a) {
        Number x = toNumber(a);
        return x == null ? null : (int) Math.rint(x.doubleValue());
    }

    public Number roundTo(Object decimals, Object a) {
        Number places = toNumber(decimals);
        Number x = toNumber(a);
        if (places == null || x == null) {
            return null;
        }
        return whole(new BigDecimal(x.toString()).setScale(places.intValue(), java.math.RoundingMode.HALF_UP).doubleValue());
    }

    public Integer toInteger(Object a) {
        Number x = toNumber(a);
        return x == null ? null : x.intValue();
    }

    public Double toDouble(Object a) {
        Number x = toNumber(a);
        return x == null ? null : x.doubleValue();
    }

    public Number toNumber(Object a) {
        if (a instanceof Number n) {
            return n;
        }
        if (a == null) {
            return null;
        }
        String text = String.valueOf(a).strip();
        try {
            if (text.matches("[-+]?\\d{1,9}")) {
                return Integer.valueOf(text);
            }
            if (text.matches("[-+]?\\d{1,18}")) {
                return Long.valueOf(text);
            }
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Double getRandom() {
        return Math.random();
    }

    private Number binary(Object a, Object b, java.util.function.DoubleBinaryOperator op) {
        Number x = toNumber(a);
        Number y = toNumber(b);
        if (x == null || y == null) {
            return null;
        }
        return whole(op.applyAsDouble(x.doubleValue(), y.doubleValue()));
    }

    private static Number whole(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value)) {
            if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
            if (value >= Long.MIN_VALUE && value <= Long.MAX_VALUE) {
                return (long) value;
            }
        }
        return value;
    }
}
