package org.dataactioncontracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The environment the ci/ scripts get in tests, and what happens when the Pact CLI cannot be installed. */
class CiScriptsEnvironmentTest {

    @Test
    void scriptsKeepTheSettingsATlsInspectingProxyNeedsButNoBrokerSetting() {
        Map<String, String> inherited = CiScripts.inherited(Map.of(
                "PATH", "/usr/bin", "HTTPS_PROXY", "http://proxy:3128", "https_proxy", "http://proxy:3128",
                "NODE_EXTRA_CA_CERTS", "/etc/ssl/corp-ca.pem", "SSL_CERT_FILE", "/etc/ssl/corp-ca.pem", "npm_config_cafile", "/etc/ssl/corp-ca.pem",
                "PACT_BROKER_TOKEN", "secret-token", "PACT_BROKER_BASE_URL", "https://broker", "npm_config_pact_broker_password", "x",
                "AWS_SECRET_ACCESS_KEY", "nope"));

        assertThat(inherited).containsOnlyKeys("PATH", "HTTPS_PROXY", "https_proxy", "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE",
                "npm_config_cafile");
        assertThat(inherited.values()).doesNotContain("secret-token", "https://broker", "nope");
    }

    @Test
    void withoutTheCliATestIsSkippedOnADeveloperMachine() {
        assertThatThrownBy(() -> CiScripts.requireOrSkip("npm: self-signed certificate in certificate chain", Map.of()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("self-signed certificate in certificate chain");
    }

    @Test
    void withoutTheCliATestFailsInCi() {
        assertThatThrownBy(() -> CiScripts.requireOrSkip("npm: self-signed certificate in certificate chain", Map.of("CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the Pact CLI could not be installed (ci/install-pact-cli.sh), and CI=true: the broker script tests must run in CI.")
                .hasMessageContaining("self-signed certificate in certificate chain");
    }

    @Test
    void withTheCliNothingIsSkipped() {
        assertThatCode(() -> CiScripts.requireOrSkip(null, Map.of("CI", "true"))).doesNotThrowAnyException();
        assertThatCode(() -> CiScripts.requireOrSkip(null, Map.of())).doesNotThrowAnyException();
    }
}
