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
 * @param capitalInput          how {@code $Input.x} (capital I, seen in two official blueprints) renders
 */
public record EmulatorOptions(
        VelocityProfile velocity,
        BlankRequestTemplate blankRequestTemplate,
        FirstFromArrayOnEmpty firstFromArrayOnEmpty,
        CapitalInput capitalInput) {

    public EmulatorOptions {
        Objects.requireNonNull(velocity, "velocity");
        Objects.requireNonNull(blankRequestTemplate, "blankRequestTemplate");
        Objects.requireNonNull(firstFromArrayOnEmpty, "firstFromArrayOnEmpty");
        Objects.requireNonNull(capitalInput, "capitalInput");
    }

    /** The defaults: Velocity 1.7 semantics, blank template replaced, empty text from firstFromArray, {@code $Input} literal. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(VelocityProfile.GENESYS_1_7_COMPATIBLE, BlankRequestTemplate.USE_RAW_REQUEST,
                FirstFromArrayOnEmpty.EMPTY_TEXT, CapitalInput.RENDER_LITERALLY);
    }

    /** A copy with another Velocity profile. */
    public EmulatorOptions withVelocity(VelocityProfile value) {
        return new EmulatorOptions(value, blankRequestTemplate, firstFromArrayOnEmpty, capitalInput);
    }

    /** A copy with another treatment of blank request templates. */
    public EmulatorOptions withBlankRequestTemplate(BlankRequestTemplate value) {
        return new EmulatorOptions(velocity, value, firstFromArrayOnEmpty, capitalInput);
    }

    /** A copy with another {@code firstFromArray} behaviour on an empty array without default. */
    public EmulatorOptions withFirstFromArrayOnEmpty(FirstFromArrayOnEmpty value) {
        return new EmulatorOptions(velocity, blankRequestTemplate, value, capitalInput);
    }

    /** A copy with another treatment of {@code $Input}. */
    public EmulatorOptions withCapitalInput(CapitalInput value) {
        return new EmulatorOptions(velocity, blankRequestTemplate, firstFromArrayOnEmpty, value);
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

    /** How {@code $Input.x} renders (Velocity is case-sensitive; production behaviour unverified). */
    public enum CapitalInput {
        /** Like any unknown reference in a non-strict template: the literal text {@code $Input.x}. The default. */
        RENDER_LITERALLY,
        /** As an alias of {@code $input}. */
        ALIAS_OF_INPUT
    }
}
