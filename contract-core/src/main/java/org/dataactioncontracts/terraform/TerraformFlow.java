package org.dataactioncontracts.terraform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code genesyscloud_flow} resource: the Archy YAML file it deploys and the {@code substitutions} that fill
 * its {@code {{placeholders}}}, resolved through modules.
 *
 * @param address       the Terraform resource address
 * @param file          the {@code .tf} file declaring the resource
 * @param line          the 1-based line of the resource block
 * @param yaml          the flow file ({@code filepath}), resolved against the module folder
 * @param substitutions placeholder name to value; values Terraform only knows at apply time are named placeholders
 */
public record TerraformFlow(String address, Path file, int line, Path yaml, Map<String, String> substitutions) {
    public TerraformFlow {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(yaml, "yaml");
        substitutions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(substitutions));
    }
}
