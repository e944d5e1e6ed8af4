package org.dataactioncontracts.architecture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which compiled classes refer to which, read from the constant pools of a classes directory: every class named in a
 * class entry or in a field or method descriptor. Nested classes count as their top-level class.
 */
final class ClassGraph {
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+);");

    private final Map<String, Set<String>> references;

    private ClassGraph(Map<String, Set<String>> references) {
        this.references = references;
    }

    /** The graph of the top-level classes under {@code classes} whose names start with {@code prefix}. */
    static ClassGraph of(Path classes, String prefix) {
        Map<String, Set<String>> refs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = topLevel(classes.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", ""));
                Set<String> targets = refs.computeIfAbsent(name.replace('/', '.'), k -> new HashSet<>());
                for (String target : referencedClasses(Files.readAllBytes(file))) {
                    String dotted = topLevel(target).replace('/', '.');
                    if (dotted.startsWith(prefix) && !dotted.equals(name.replace('/', '.'))) {
                        targets.add(dotted);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClassGraph(refs);
    }

    Map<String, Set<String>> references() {
        return references;
    }

    private static String topLevel(String internalName) {
        int dollar = internalName.indexOf('$');
        return dollar < 0 ? internalName : internalName.substring(0, dollar);
    }

    /** Class names (internal form) in the constant pool: class entries and the classes of every descriptor. */
    private static Set<String> referencedClasses(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classNameIndexes = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndexes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> names = new HashSet<>();
        for (int index : classNameIndexes) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                collectDescriptor(name, names);
            } else {
                names.add(name);
            }
        }
        for (String s : utf8) {
            if (s != null && (s.startsWith("(") || s.startsWith("L")) && s.endsWith(";") || s != null && s.startsWith("(")) {
                collectDescriptor(s, names);
            }
        }
        return names;
    }

    private static void collectDescriptor(String descriptor, Set<String> names) {
        Matcher m = DESCRIPTOR_CLASS.matcher(descriptor);
        while (m.find()) {
            names.add(m.group(1));
        }
    }
}
