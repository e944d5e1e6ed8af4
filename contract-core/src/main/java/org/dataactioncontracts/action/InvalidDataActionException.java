package org.dataactioncontracts.action;

/**
 * A file that cannot be read as a Data Action: names the file, the JSON pointer, what is wrong and what to do.
 */
public final class InvalidDataActionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String pointer;
    private final String problem;
    private final String hint;

    /**
     * Creates the exception.
     *
     * @param source  the file or label that was being loaded
     * @param pointer JSON pointer of the offending value; empty for the whole document
     * @param problem what is wrong
     * @param hint    what to do about it
     */
    public InvalidDataActionException(String source, String pointer, String problem, String hint) {
        super(format(source, pointer, problem, hint));
        this.source = source;
        this.pointer = pointer;
        this.problem = problem;
        this.hint = hint;
    }

    private static String format(String source, String pointer, String problem, String hint) {
        String where = pointer.isEmpty() ? source : source + " at " + pointer;
        return where + ": " + problem + (hint.isEmpty() ? "" : ". " + hint);
    }

    /** The file or label that was being loaded. */
    public String source() {
        return source;
    }

    /** JSON pointer of the offending value; empty when the whole document is at fault. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong, without location. */
    public String problem() {
        return problem;
    }

    /** What to do about it. */
    public String hint() {
        return hint;
    }
}
