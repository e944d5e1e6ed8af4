package org.dataactioncontracts.benchmarks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One generated Data Action: its export, the credential its request carries, and its two interactions (success first,
 * then the failure path), which both suites declare.
 *
 * @param baseName the file name without {@code .custom.json}, e.g. {@code Get-Order-By-Id-0005}
 * @param name     the Data Action's name, e.g. {@code Get Order By Id 0005}
 */
public record SyntheticAction(int index, Kind kind, String baseName, String name, ObjectNode export, Interaction.Credential credential,
        List<Interaction> interactions) {

    public SyntheticAction {
        interactions = List.copyOf(interactions);
    }

    /** The shapes the generator cycles through, each modelled on Data Actions of the domain modules. */
    public enum Kind {
        /** GET by an encoded id; 4-7 fields, nested paths and defaults (Get Customer By Id). */
        GET_BY_ID,
        /** A search with a query parameter; first match and all ids (Search Customers By Name). */
        SEARCH,
        /** A filter over an array (the mobile numbers among a record's contacts). */
        FILTER,
        /** A POST whose JSON body is built from inputs with {@code $esc.jsonString} (Add Interaction Note). */
        CREATE
    }

    public String fileName() {
        return baseName + ".custom.json";
    }

    /** A Java class name for one of this action's test classes. */
    public String className(String suffix) {
        return baseName.replace("-", "") + suffix;
    }
}
