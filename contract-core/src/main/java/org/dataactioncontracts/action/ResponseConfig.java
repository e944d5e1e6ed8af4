package org.dataactioncontracts.action;

import java.util.Map;
import java.util.Objects;

/**
 * The response half of a Data Action's configuration ({@code config.response}).
 *
 * @param translationMap         output variable name to JSONPath over the raw response, in file order
 * @param translationMapDefaults variable name to JSON text used when the path finds nothing, in file order
 * @param successTemplate        Velocity template producing the output JSON; {@value DataAction#DEFAULT_SUCCESS_TEMPLATE} when absent
 */
public record ResponseConfig(Map<String, String> translationMap, Map<String, String> translationMapDefaults, String successTemplate) {
    public ResponseConfig {
        translationMap = Collections2.orderedCopy(translationMap);
        translationMapDefaults = Collections2.orderedCopy(translationMapDefaults);
        Objects.requireNonNull(successTemplate, "successTemplate");
    }
}
