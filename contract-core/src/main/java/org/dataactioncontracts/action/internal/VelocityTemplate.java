package org.dataactioncontracts.action.internal;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.TemplateParseException;
import org.apache.velocity.runtime.parser.Token;
import org.apache.velocity.runtime.parser.TokenMgrError;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTElseIfStatement;
import org.apache.velocity.runtime.parser.node.ASTExpression;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTIfStatement;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * A Velocity template reduced to what the lint rules need: every reference with its position and surroundings,
 * the names the template defines itself, and any syntax error. Not API.
 *
 * <p>The AST is read without {@code init()}, which needs a live context; so names and positions come from tokens,
 * and interpolated string literals ({@code "${arr}"} inside a macro call) are parsed here, as Velocity would at init.
 */
public final class VelocityTemplate {
    private static final Pattern ROOT = Pattern.compile("^\\$!?\\{?([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final RuntimeInstance VELOCITY = newRuntime();

    private final String text;
    private final List<Reference> references;
    private final Set<String> definedNames;
    private final Optional<SyntaxError> syntaxError;

    private VelocityTemplate(String text, List<Reference> references, Set<String> definedNames, Optional<SyntaxError> syntaxError) {
        this.text = text;
        this.references = List.copyOf(references);
        this.definedNames = Set.copyOf(definedNames);
        this.syntaxError = syntaxError;
    }

    /**
     * A syntax error, positioned in the template.
     *
     * @param message Velocity's first message line, with the end-of-input marker spelled out
     */
    public record SyntaxError(String message, int line, int column) {
    }

    /** One method call in a reference chain, e.g. {@code firstFromArray} with 2 arguments. */
    public record Member(String name, boolean method, int argumentCount) {
    }

    /** Where a reference stands in its template, as far as the rules care. */
    public enum Placement {
        /** Alone between two {@code "} in template text ({@code "${x}"}), outside any string literal. */
        QUOTED,
        /** Inside a Velocity string literal ({@code m("${x}")}). */
        IN_STRING_LITERAL,
        /** Alone as the condition of {@code #if}/{@code #elseif}. */
        CONDITION
    }

    /**
     * One reference ({@code $x}, {@code ${x.y}}, {@code $!{x}}, {@code $x.m(...)}).
     *
     * @param text            the reference as written
     * @param root            the variable name, e.g. {@code input} in {@code ${input.x}}
     * @param members         properties and methods after the root, in order
     * @param line            1-based line in the template
     * @param column          1-based column in the template
     * @param offset          0-based character offset in the template
     * @param enclosingCalls  calls whose arguments contain this reference, outermost first, as {@code root.method}
     * @param placements      where the reference stands, as far as the rules care (none for plain template text)
     */
    public record Reference(String text, String root, List<Member> members, int line, int column, int offset,
                            List<String> enclosingCalls, Set<Placement> placements) {
        public Reference {
            members = List.copyOf(members);
            enclosingCalls = List.copyOf(enclosingCalls);
            EnumSet<Placement> copy = EnumSet.noneOf(Placement.class);
            copy.addAll(placements);
            placements = Collections.unmodifiableSet(copy);
        }

        /** Whether the reference stands alone between two {@code "} in template text ({@code "${x}"}). */
        public boolean quoted() {
            return placements.contains(Placement.QUOTED);
        }

        /** Whether the reference is inside a Velocity string literal ({@code m("${x}")}). */
        public boolean inStringLiteral() {
            return placements.contains(Placement.IN_STRING_LITERAL);
        }

        /** Whether the reference alone is the condition of {@code #if}/{@code #elseif}. */
        public boolean condition() {
            return placements.contains(Placement.CONDITION);
        }

        /** Whether the reference is just a name, with no properties or methods. */
        public boolean bare() {
            return members.isEmpty();
        }

        /** The first property after the root, e.g. {@code x} in {@code ${input.x}}, if it is a property. */
        public Optional<String> firstProperty() {
            return members.isEmpty() || members.get(0).method() ? Optional.empty() : Optional.of(members.get(0).name());
        }

        /** Whether any member is a method call. */
        public boolean callsMethod() {
            return members.stream().anyMatch(Member::method);
        }
    }

    /** Parses a template; never throws on bad syntax (the error is kept in {@link #syntaxError()}). */
    public static VelocityTemplate parse(String text, String templateName) {
        Walker walker = new Walker(text);
        Optional<SyntaxError> error = walker.parseAndWalk(text, templateName, new Position(1, 1, 0), false);
        // A bad interpolated literal ("${x" as a macro argument) fails when Genesys initialises the template.
        Optional<SyntaxError> any = error.or(() -> walker.nestedErrors.stream().findFirst());
        return new VelocityTemplate(text, walker.references, walker.defined, any);
    }

    public String text() {
        return text;
    }

    public List<Reference> references() {
        return references;
    }

    /** Names set by {@code #set}, {@code #foreach} (including {@code $foreach}) or {@code #macro} arguments. */
    public Set<String> definedNames() {
        return definedNames;
    }

    public Optional<SyntaxError> syntaxError() {
        return syntaxError;
    }

    private static RuntimeInstance newRuntime() {
        RuntimeInstance runtime = new RuntimeInstance();
        Properties properties = new Properties();
        // Genesys input names may contain '-' (^[A-Za-z][A-Za-z0-9_-]*$), which Velocity 1.7 accepted in identifiers.
        properties.setProperty("parser.allow_hyphen_in_identifiers", "true");
        runtime.init(properties);
        return runtime;
    }

    /** Where a (sub)template starts in the outer template, so nested positions can be reported in outer terms. */
    private record Position(int line, int column, int offset) {
    }

    private static final class Walker {
        private final String outer;
        private final int[] lineStarts;
        private final List<Reference> references = new ArrayList<>();
        private final Set<String> defined = new LinkedHashSet<>();
        private final Deque<String> calls = new ArrayDeque<>();
        private final List<SyntaxError> nestedErrors = new ArrayList<>();
        private Position base;
        private boolean inLiteral;

        Walker(String outer) {
            this.outer = outer;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < outer.length(); i++) {
                if (outer.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Optional<SyntaxError> parseAndWalk(String source, String name, Position at, boolean literal) {
            Template template = new Template();
            template.setName(name);
            Node root;
            try {
                root = VELOCITY.parse(new StringReader(source), template);
            } catch (ParseException | RuntimeException | TokenMgrError e) {
                // Velocity reports bad templates through several types (TokenMgrError is an Error); all are findings here.
                return Optional.of(syntaxError(e, at));
            }
            Position savedBase = base;
            boolean savedLiteral = inLiteral;
            base = at;
            inLiteral = literal;
            try {
                walk(root);
            } finally {
                base = savedBase;
                inLiteral = savedLiteral;
            }
            return Optional.empty();
        }

        private SyntaxError syntaxError(Throwable e, Position at) {
            int line = 1;
            int column = 1;
            Matcher position = POSITION.matcher(String.valueOf(e.getMessage()));
            if (e instanceof TemplateParseException tpe) {
                line = tpe.getLineNumber();
                column = tpe.getColumnNumber();
            } else if (e instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
                line = pe.currentToken.next.beginLine;
                column = pe.currentToken.next.beginColumn;
            } else if (position.find()) {
                line = Integer.parseInt(position.group(1));
                column = Integer.parseInt(position.group(2));
            }
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("syntax error")
                    .replace("\"\\u001c\"", "the end of the template")
                    .replace("\"<EOF>\"", "the end of the template");
            int outerLine = line == 1 ? at.line() : at.line() + line - 1;
            int outerColumn = line == 1 ? at.column() + column - 1 : column;
            return new SyntaxError(message, outerLine, outerColumn);
        }

        private void walk(Node node) {
            if (node instanceof ASTReference reference) {
                // Only reached for a reference that is the root of a walk; it has no siblings to quote it.
                addReference(reference, EnumSet.noneOf(Placement.class));
                walkMembers(reference);
                return;
            }
            if (node instanceof ASTStringLiteral) {
                visitStringLiteral(node);
                return;
            }
            if (node instanceof ASTSetDirective && node.jjtGetNumChildren() > 0 && node.jjtGetChild(0) instanceof ASTReference target) {
                defined.add(root(text(target)));
                for (int i = 1; i < node.jjtGetNumChildren(); i++) {
                    walk(node.jjtGetChild(i));
                }
                return;
            }
            if (node instanceof ASTDirective directive) {
                String name = directiveName(directive);
                if (name.equals("foreach") && node.jjtGetNumChildren() > 0 && node.jjtGetChild(0) instanceof ASTReference variable) {
                    defined.add(root(text(variable)));
                    defined.add("foreach");
                    for (int i = 1; i < node.jjtGetNumChildren(); i++) {
                        walk(node.jjtGetChild(i));
                    }
                    return;
                }
                if (name.equals("macro")) {
                    for (int i = 0; i < node.jjtGetNumChildren(); i++) {
                        if (node.jjtGetChild(i) instanceof ASTReference argument) {
                            defined.add(root(text(argument)));
                        }
                    }
                }
            }
            for (int i = 0; i < node.jjtGetNumChildren(); i++) {
                Node child = node.jjtGetChild(i);
                if (child instanceof ASTReference reference) {
                    visitReference(reference, node, i);
                } else {
                    walk(child);
                }
            }
        }

        private void visitReference(ASTReference reference, Node parent, int index) {
            boolean quoted = index > 0 && index + 1 < parent.jjtGetNumChildren()
                    && text(parent.jjtGetChild(index - 1)).endsWith("\"")
                    && !(parent.jjtGetChild(index - 1) instanceof ASTReference)
                    && text(parent.jjtGetChild(index + 1)).startsWith("\"")
                    && !(parent.jjtGetChild(index + 1) instanceof ASTReference);
            boolean condition = parent instanceof ASTExpression && parent.jjtGetNumChildren() == 1
                    && (parent.jjtGetParent() instanceof ASTIfStatement || parent.jjtGetParent() instanceof ASTElseIfStatement)
                    && parent.jjtGetParent().jjtGetChild(0) == parent;
            EnumSet<Placement> placements = EnumSet.noneOf(Placement.class);
            if (quoted) {
                placements.add(Placement.QUOTED);
            }
            if (condition) {
                placements.add(Placement.CONDITION);
            }
            addReference(reference, placements);
            walkMembers(reference);
        }

        private void addReference(ASTReference reference, EnumSet<Placement> placements) {
            String written = text(reference);
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < reference.jjtGetNumChildren(); i++) {
                Node child = reference.jjtGetChild(i);
                if (child instanceof ASTMethod method) {
                    members.add(new Member(methodName(method), true, method.jjtGetNumChildren() - 1));
                } else if (child instanceof ASTIdentifier identifier) {
                    members.add(new Member(text(identifier), false, 0));
                }
            }
            Token first = reference.getFirstToken();
            int line = base.line() + first.beginLine - 1;
            int column = first.beginLine == 1 ? base.column() + first.beginColumn - 1 : first.beginColumn;
            // QUOTED is about template text; inside a string literal the reference is IN_STRING_LITERAL instead.
            if (inLiteral) {
                placements.remove(Placement.QUOTED);
                placements.add(Placement.IN_STRING_LITERAL);
            }
            references.add(new Reference(written, root(written), members, line, column, offset(line, column),
                    new ArrayList<>(calls), placements));
        }

        private void walkMembers(ASTReference reference) {
            String root = root(text(reference));
            for (int i = 0; i < reference.jjtGetNumChildren(); i++) {
                Node child = reference.jjtGetChild(i);
                if (child instanceof ASTMethod method) {
                    calls.addLast(root + "." + methodName(method));
                    for (int a = 1; a < method.jjtGetNumChildren(); a++) {
                        walk(method.jjtGetChild(a));
                    }
                    calls.removeLast();
                } else {
                    walk(child);
                }
            }
        }

        private void visitStringLiteral(Node literal) {
            String image = literal.getFirstToken().image;
            // Only double-quoted literals are interpolated; without '$' or '#' there is nothing to parse.
            if (image.length() < 2 || image.charAt(0) != '"' || (image.indexOf('$') < 0 && image.indexOf('#') < 0)) {
                return;
            }
            Token first = literal.getFirstToken();
            int line = base.line() + first.beginLine - 1;
            int column = (first.beginLine == 1 ? base.column() + first.beginColumn - 1 : first.beginColumn) + 1;
            Position at = new Position(line, column, offset(line, column));
            Optional<SyntaxError> error = parseAndWalk(image.substring(1, image.length() - 1), "stringLiteral", at, true);
            error.ifPresent(nestedErrors::add);
        }

        private int offset(int line, int column) {
            if (line < 1 || line > lineStarts.length) {
                return -1;
            }
            return Math.min(outer.length(), lineStarts[line - 1] + column - 1);
        }

        private static String directiveName(ASTDirective directive) {
            return directive.getFirstToken().image.replace("#", "").replace("{", "").replace("}", "").strip();
        }

        private static String methodName(ASTMethod method) {
            return method.getFirstToken().image;
        }

        static String root(String reference) {
            Matcher m = ROOT.matcher(reference);
            return m.find() ? m.group(1) : reference;
        }

        /** The source text of a node: its tokens from first to last. */
        static String text(Node node) {
            Token first = node.getFirstToken();
            Token last = node.getLastToken();
            if (first == null) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            for (Token t = first; t != null; t = t.next) {
                text.append(t.image);
                if (t == last) {
                    break;
                }
            }
            return text.toString();
        }
    }
}
