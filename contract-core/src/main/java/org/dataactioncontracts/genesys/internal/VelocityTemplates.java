package org.dataactioncontracts.genesys.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.dataactioncontracts.genesys.EmulatorOptions.VelocityProfile;

/**
 * The two Velocity runtimes Genesys uses: non-strict for request templates (an unset reference renders literally),
 * strict for the success template (it fails). Templates are parsed once and merged many times.
 *
 * <p>One pair of runtimes per profile for the whole JVM: a runtime is thread-safe, and each one pre-builds a pool of
 * parsers and an introspection cache, so a pair per Data Action cost megabytes per action (measured: 2.3 GB peak at
 * 200 actions). Macros stay local to the template that defines them, as they were with a runtime per action.
 */
public final class VelocityTemplates {
    private static final Map<VelocityProfile, VelocityTemplates> SHARED = new EnumMap<>(VelocityProfile.class);

    private final RuntimeInstance lenient;
    private final RuntimeInstance strict;

    private VelocityTemplates(VelocityProfile profile) {
        this.lenient = runtime(profile, false);
        this.strict = runtime(profile, true);
    }

    /** The runtimes of a profile, created on first use. */
    public static VelocityTemplates of(VelocityProfile profile) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(profile, VelocityTemplates::new);
        }
    }

    private static RuntimeInstance runtime(VelocityProfile profile, boolean strictReferences) {
        Properties p = new Properties();
        p.setProperty("runtime.strict_mode.enable", Boolean.toString(strictReferences));
        p.setProperty("resource.default_encoding", "UTF-8");
        // Templates come inline from the action; nothing may be loaded from disk or classpath.
        p.setProperty("resource.loaders", "string");
        p.setProperty("resource.loader.string.class", "org.apache.velocity.runtime.resource.loader.StringResourceLoader");
        p.setProperty("event_handler.include.class", "");
        p.setProperty("velocimacro.inline.local_scope", "true");
        if (profile == VelocityProfile.GENESYS_1_7_COMPATIBLE) {
            p.setProperty("space.gobbling", "bc");
            p.setProperty("directive.if.empty_check", "false");
            p.setProperty("introspector.conversion_handler.class", "none");
            p.setProperty("parser.allow_hyphen_in_identifiers", "false");
        }
        RuntimeInstance runtime = new RuntimeInstance();
        runtime.init(p);
        return runtime;
    }

    /** Parses a request-side template (non-strict). */
    public Compiled lenient(String name, String text) throws ParseException {
        return compile(lenient, name, text);
    }

    /** Parses the success template (strict references). */
    public Compiled strict(String name, String text) throws ParseException {
        return compile(strict, name, text);
    }

    private static Compiled compile(RuntimeInstance runtime, String name, String text) throws ParseException {
        Template template = new Template();
        template.setRuntimeServices(runtime);
        template.setName(name);
        SimpleNode ast = runtime.parse(new StringReader(text), template);
        template.setData(ast);
        template.initDocument();
        return new Compiled(template, text);
    }

    /** A parsed template, ready to merge. */
    public static final class Compiled {
        private final Template template;
        private final String text;

        Compiled(Template template, String text) {
            this.template = template;
            this.text = text;
        }

        /** The template source. */
        public String text() {
            return text;
        }

        /**
         * Renders the template.
         *
         * @throws VelocityException with Velocity's own message (e.g. {@code Variable $x has not been set at successTemplate[line 1, column 3]})
         */
        public String merge(VelocityContext context) {
            StringWriter out = new StringWriter(text.length() + 64);
            template.merge(context, out);
            return out.toString();
        }
    }
}
