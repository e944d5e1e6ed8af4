package org.dataactioncontracts.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.List;
import org.dataactioncontracts.genesys.LimitExceededException;
import org.dataactioncontracts.genesys.internal.EvaluationLimits;
import org.dataactioncontracts.genesys.Middleware;

/**
 * A middleware transform written in JSONata: the reshaping an adapter in front of the backend performs, run by the
 * engine before the Genesys translation. Genesys itself has no JSONata. Each evaluation is bounded in time and call
 * depth ({@link EvaluationLimits}); past them it ends with a {@link LimitExceededException}.
 *
 * <pre>{@code
 * Middleware adapter = JsonataMiddleware.load(Path.of("data-actions/middleware/Get-Customer-Preferences.jsonata"));
 * emulator.execute(action, run -> run.middleware(adapter).transport(...));
 * }</pre>
 */
public final class JsonataMiddleware implements Middleware {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How dashjoin's runtime bounds (its Timebox) word their errors: the depth and the time limit. */
    private static final List<String> BOUNDS = List.of("Stack overflow error", "Expression evaluation timeout");

    private final String name;
    private final String expression;
    private final Jsonata compiled;

    private JsonataMiddleware(String name, String expression) {
        this.name = Objects.requireNonNull(name, "name");
        this.expression = Objects.requireNonNull(expression, "expression");
        try {
            this.compiled = Jsonata.jsonata(expression);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("JSONata middleware '" + name + "' does not compile: " + e.getMessage(), e);
        }
    }

    /** A transform from an expression. */
    public static JsonataMiddleware of(String name, String expression) {
        return new JsonataMiddleware(name, expression);
    }

    /**
     * A transform from a {@code .jsonata} file.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or does not compile
     */
    public static JsonataMiddleware load(Path file) {
        try {
            return new JsonataMiddleware(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read JSONata middleware " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The JSONata expression. */
    public String expression() {
        return expression;
    }

    @Override
    public String transform(String body) {
        Object input;
        try {
            input = MAPPER.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            throw new MiddlewareException("middleware '" + name + "' received a body that is not JSON: " + e.getOriginalMessage(), e);
        }
        Object result;
        try {
            // A Jsonata instance is not documented as thread-safe; one evaluation at a time per transform.
            synchronized (compiled) {
                Jsonata.Frame frame = compiled.createFrame();
                frame.setRuntimeBounds(EvaluationLimits.timeout().toMillis(), EvaluationLimits.JSONATA_MAX_DEPTH);
                result = compiled.evaluate(input, frame);
            }
        } catch (StackOverflowError e) {
            throw new LimitExceededException("middleware '" + name + "' recursed deeper than the thread's stack allows; stopped");
        } catch (JException e) {
            String error = String.valueOf(e.getError());
            if (BOUNDS.stream().anyMatch(error::startsWith)) {
                throw new LimitExceededException("middleware '" + name + "' stopped: " + e.getMessage() + " (limits: "
                        + EvaluationLimits.timeout().toMillis() + " ms, call depth " + EvaluationLimits.JSONATA_MAX_DEPTH + ")");
            }
            throw new MiddlewareException("middleware '" + name + "' failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MiddlewareException("middleware '" + name + "' failed: " + e.getMessage(), e);
        }
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
