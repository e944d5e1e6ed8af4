package org.dataactioncontracts.terraform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.dataactioncontracts.action.DataAction;
import org.dataactioncontracts.action.LintFinding;

/**
 * One {@code genesyscloud_integration_action} (or {@code _draft}) resource read from Terraform, as the same
 * {@link DataAction} model a UI export loads into.
 *
 * @param action         the Data Action; its {@link DataAction#source() source} is {@code file:line (address)}
 * @param address        the Terraform resource address, e.g.
 *                       {@code module.get_sentiment.genesyscloud_integration_action.get_sentiment}
 * @param file           the {@code .tf} file declaring the resource
 * @param line           the 1-based line of the resource block
 * @param attributeLines the 1-based line of each attribute that was found, keyed by its Terraform path
 *                       (e.g. {@code config_request.request_url_template})
 */
public record TerraformAction(DataAction action, String address, Path file, int line, Map<String, Integer> attributeLines) {
    public TerraformAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(file, "file");
        attributeLines = Map.copyOf(attributeLines);
    }

    /** Whether {@code nameOrAddress} names this action: its resolved name, its full address, or its address's resource part. */
    public boolean matches(String nameOrAddress) {
        String wanted = nameOrAddress.strip();
        return wanted.equals(action.name()) || wanted.equals(action.baseName()) || wanted.equals(address)
                || address.endsWith("." + wanted) && wanted.contains(".");
    }

    /**
     * The finding pointed into the {@code .tf} file: {@code file} becomes {@code path:line} of the attribute, and
     * {@code pointer} the Terraform attribute (with the rest of the JSON pointer when it points inside a value).
     */
    public LintFinding locate(LintFinding finding) {
        Attribute attribute = Attribute.of(finding.pointer());
        Integer attributeLine = attributeLines.get(attribute.terraform());
        if (attributeLine == null && attribute.terraform().contains(".")) {
            attributeLine = attributeLines.get(attribute.terraform().substring(0, attribute.terraform().indexOf('.')));
        }
        String where = file + ":" + (attributeLine == null ? line : attributeLine);
        return new LintFinding(finding.severity(), where, address + "." + attribute.terraform() + attribute.rest(),
                finding.rule(), finding.message(), finding.fix());
    }

    /** A JSON pointer of the Data Action model mapped to the Terraform attribute that wrote it. */
    record Attribute(String terraform, String rest) {
        private static final Map<String, String> PREFIXES = Map.ofEntries(
                Map.entry("/config/request/requestUrlTemplate", "config_request.request_url_template"),
                Map.entry("/config/request/requestType", "config_request.request_type"),
                Map.entry("/config/request/requestTemplate", "config_request.request_template"),
                Map.entry("/config/request/headers", "config_request.headers"),
                Map.entry("/config/request", "config_request"),
                Map.entry("/config/response/translationMapDefaults", "config_response.translation_map_defaults"),
                Map.entry("/config/response/translationMap", "config_response.translation_map"),
                Map.entry("/config/response/successTemplate", "config_response.success_template"),
                Map.entry("/config/response", "config_response"),
                Map.entry("/config/timeoutSeconds", "config_timeout_seconds"),
                Map.entry("/contract/input/inputSchema", "contract_input"),
                Map.entry("/contract/output/successSchema", "contract_output"),
                Map.entry("/name", "name"),
                Map.entry("/category", "category"),
                Map.entry("/secure", "secure"));

        static Attribute of(String pointer) {
            String best = "";
            for (String prefix : PREFIXES.keySet()) {
                boolean matches = pointer.equals(prefix) || pointer.startsWith(prefix + "/");
                if (matches && prefix.length() > best.length()) {
                    best = prefix;
                }
            }
            if (best.isEmpty()) {
                return new Attribute("", pointer.isEmpty() ? "" : pointer);
            }
            return new Attribute(PREFIXES.get(best), pointer.substring(best.length()));
        }
    }
}
