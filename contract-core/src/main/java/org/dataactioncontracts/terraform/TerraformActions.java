package org.dataactioncontracts.terraform;

import java.nio.file.Path;
import org.dataactioncontracts.action.InvalidDataActionException;
import org.dataactioncontracts.terraform.internal.ModuleReader;

/**
 * Loads Data Actions from CX as Code: {@code genesyscloud_integration_action} and
 * {@code genesyscloud_integration_action_draft} resources in {@code .tf} files, into the same model
 * {@link org.dataactioncontracts.action.DataActions} loads UI exports into.
 *
 * <pre>{@code
 * TerraformConfig config = TerraformActions.load(Path.of("terraform"));   // a root folder, or one .tf file
 * DataAction action = config.find("Get Sentiment").get(0).action();
 * }</pre>
 *
 * <p>A folder is a Terraform root: its {@code *.tf} files, {@code terraform.tfvars} and {@code *.auto.tfvars}, and
 * the local modules it calls ({@code source = "./modules/..."}). Values only Terraform's plan knows (a remote module's
 * output, a data source, a variable without a value) become {@code <unresolved REFERENCE>} placeholders, each named in
 * an INFO finding.
 */
public final class TerraformActions {
    private TerraformActions() {
    }

    /**
     * Reads a {@code .tf} file or a Terraform root folder.
     *
     * @throws InvalidDataActionException naming the file and line of invalid HCL, or of a resource that is not a Data Action
     */
    public static TerraformConfig load(Path fileOrRoot) {
        return ModuleReader.read(fileOrRoot);
    }

    /** Whether a path is a {@code .tf} file, or a folder holding {@code .tf} files. */
    public static boolean isTerraform(Path path) {
        return ModuleReader.isTerraform(path);
    }
}
