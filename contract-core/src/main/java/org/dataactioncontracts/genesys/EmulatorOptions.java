package org.dataactioncontracts.genesys;

import java.util.Objects;

/**
 * Choices the engine makes where Genesys's behaviour is not documented; each default is the most plausible
 * reading of the evidence (see {@code docs/emulator-semantics.md}), and each can be switched.
 *
 * <pre>{@code
 * EmulatorOptions options = EmulatorOptions.defaults()
 *         .withVelocity(EmulatorOptions.VelocityProfile.VELOCITY_2_DEFAULTS);
 * }</pre>
 *
 * @param velocity              Velocity and tools behaviour ({@code $math} results, {@code #if("")}, whitespace)
 * @param blankRequestTemplate  what a {@code requestTemplate} written as {@code ""} sends on POST/PUT/PATCH
 * @param firstFromArrayOnEmpty what {@code firstFromArray} without a default returns for {@code []}
 * @param capitalInput          how {@code $Input.x} / {@code ${INPUT.x}} (seen in three official blueprints) renders
 * @param bareTextDefault       how a {@code translationMapDefaults} value that is not a JSON literal is inserted
 */
public record EmulatorOptions(
        VelocityProfile velocity,
        BlankRequestTemplate blankRequestTemplate,
        FirstFromArrayOnEmpty firstFromArrayOnEmpty,
        CapitalInput capitalInput,
        BareTextDefault bareTextDefault) {

    public EmulatorOptions {
        Objects.requireNonNull(velocity, "velocity");
        Objects.requireNonNull(blankRequestTemplate, "blankRequestTemplate");
        Objects.requireNonNull(firstFromArrayOnEmpty, "firstFromArrayOnEmpty");
        Objects.requireNonNull(capitalInput, "capitalInput");
        Objects.requireNonNull(bareTextDefault, "bareTextDefault");
    }

    /**
     * The defaults: Velocity 1.7 semantics, blank template replaced, empty text from firstFromArray, {@code $Input} as
     * {@code $input}, bare-text defaults inserted verbatim.
     */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(VelocityProfile.GENESYS_1_7_COMPATIBLE, BlankRequestTemplate.USE_RAW_REQUEST,
                FirstFromArrayOnEmpty.EMPTY_TEXT, CapitalInput.ALIAS_OF_INPUT, BareTextDefault.VERBATIM);
    }

    /** A copy with another Velocity profile. */
    public EmulatorOptions withVelocity(VelocityProfile value) {
        return new EmulatorOptions(value, blankRequestTemplate, firstFromArrayOnEmpty, capitalInput, bareTextDefault);
    }

    /** A copy with another treatment of blank request templates. */
    public EmulatorOptions withBlankRequestTemplate(BlankRequestTemplate value) {
        return new EmulatorOptions(velocity, value, firstFromArrayOnEmpty, capitalInput, bareTextDefault);
    }

    /** A copy with another {@code firstFromArray} behaviour on an empty array without default. */
    public EmulatorOptions withFirstFromArrayOnEmpty(FirstFromArrayOnEmpty value) {
        return new EmulatorOptions(velocity, blankRequestTemplate, value, capitalInput, bareTextDefault);
    }

    /** A copy with another treatment of {@code $Input}. */
    public EmulatorOptions withCapitalInput(CapitalInput value) {
        return new EmulatorOptions(velocity, blankRequestTemplate, firstFromArrayOnEmpty, value, bareTextDefault);
    }

    /** A copy with another treatment of {@code translationMapDefaults} values that are not JSON literals. */
    public EmulatorOptions withBareTextDefault(BareTextDefault value) {
        return new EmulatorOptions(velocity, blankRequestTemplate, firstFromArrayOnEmpty, capitalInput, value);
    }

    /** Which Velocity behaviour to emulate; Genesys has not published its version. */
    public enum VelocityProfile {
        /**
         * Velocity 1.7 with Tools 2.0 semantics (the 2017 era Data Actions launched in): {@code $math.mul(2,3.5)}
         * renders {@code 7}, {@code #if("")} is true, 1.7 whitespace gobbling. The default.
         */
        GENESYS_1_7_COMPATIBLE,
        /** Stock Velocity 2.x with Tools 3.x: {@code $math.mul(2,3.5)} renders {@code 7.0}, {@code #if("")} is false. */
        VELOCITY_2_DEFAULTS
    }

    /** What a {@code requestTemplate} written as {@code ""} does on a method that sends a body (unverified; third-party report). */
    public enum BlankRequestTemplate {
        /** Genesys substitutes its default {@code ${input.rawRequest}}. The default. */
        USE_RAW_REQUEST,
        /** The body is sent empty. */
        SEND_EMPTY
    }

    /** What {@code $successTemplateUtils.firstFromArray(text)} returns for {@code []} when no default is given (unverified). */
    public enum FirstFromArrayOnEmpty {
        /** An empty string, which usually makes the success template's output invalid JSON. The default. */
        EMPTY_TEXT,
        /** The JSON literal {@code null}. */
        JSON_NULL
    }

    /**
     * How {@code $Input.x}, {@code ${INPUT.x}} (any spelling of {@code input} but the lower-case one) renders. Velocity
     * is case-sensitive, but three official blueprints depend on the alias in their main action (corpus evidence).
     */
    public enum CapitalInput {
        /** Like any unknown reference in a non-strict template: the literal text {@code $Input.x}. */
        RENDER_LITERALLY,
        /** As an alias of {@code $input}. The default. */
        ALIAS_OF_INPUT
    }

    /**
     * How a {@code translationMapDefaults} value that is not a JSON literal ({@code Not Found}, an empty text) reaches
     * the success template when its path finds nothing (undocumented; published blueprints rely on both readings).
     */
    public enum BareTextDefault {
        /** Inserted as written, like every default: {@code {"state": ${state}}} renders {@code {"state": disconnected}}, not JSON. The default. */
        VERBATIM,
        /** Inserted as a JSON string: {@code {"state": "disconnected"}}. JSON literals ({@code 0}, {@code []}, {@code "x"}) stay as written. */
        AS_STRING
    }
}
