package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ReferenceProviders.Launch launch(String... args) {
        return ReferenceProviders.launch(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsOnAFreePortAndPrintsItWithTheRenames() {
        ReferenceProviders.Launch launch = launch("--api", "crm", "--port", "0", "--rename", "customerId=customer_id");

        try (RunningProvider crm = launch.provider().orElseThrow()) {
            assertThat(launch.exitCode()).isZero();
            assertThat(crm.port()).isPositive();
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("crm API listening on http://127.0.0.1:"
                    + crm.port() + " (renames: customerId->customer_id)" + System.lineSeparator());
            assertThat(new HttpTestClient(crm).get("/api/v1/customers/C-1001").json().has("customer_id")).isTrue();
        }
    }

    @Test
    void startLineHasNoRenameSuffixWithoutRenames() {
        try (RunningProvider crm = launch("--api=crm", "--port=0").provider().orElseThrow()) {
            assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("crm API listening on http://127.0.0.1:" + crm.port());
        }
    }

    @Test
    void severalRenamesAreListedInTheOrderGiven() {
        try (RunningProvider crm = launch("--api", "crm", "--port", "0", "--rename", "b=c", "--rename", "a=z")
                .provider().orElseThrow()) {
            assertThat(crm.startLine()).endsWith("(renames: b->c, a->z)");
        }
    }

    @Test
    void billingApiStartsLikeTheCrmApi() {
        ReferenceProviders.Launch launch = launch("--api", "billing", "--port", "0", "--rename", "amountDue=amount_due");

        assertThat(launch.exitCode()).isZero();
        try (RunningProvider billing = launch.provider().orElseThrow()) {
            assertThat(billing.api()).isEqualTo("billing");
            assertThat(billing.startLine()).startsWith("billing API listening on http://127.0.0.1:")
                    .endsWith("(renames: amountDue->amount_due)");
        }
    }

    @Test
    void unknownApiListsTheKnownOnes() {
        assertThat(launch("--api", "erp", "--port", "0").exitCode()).isEqualTo(2);
        assertThat(err()).isEqualTo("reference-providers: unknown API 'erp'; known APIs: crm, billing" + System.lineSeparator());
    }

    @Test
    void missingPortIsAOneLineUsageError() {
        assertThat(launch("--api", "crm").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: missing --port (usage: java -jar reference-providers.jar --api crm|billing --port N")
                .hasLineCount(1);
    }

    @Test
    void missingApiIsAUsageError() {
        assertThat(launch("--port", "0").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: missing --api (usage: ");
    }

    @Test
    void nonNumericPortIsAUsageError() {
        assertThat(launch("--api", "crm", "--port", "eighty").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: --port must be a number from 0 to 65535, got 'eighty' (usage: ");
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        assertThat(launch("--api", "crm", "--port", "70000").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: --port must be a number from 0 to 65535, got '70000'");
    }

    @Test
    void optionWithoutValueIsAUsageError() {
        assertThat(launch("--api", "crm", "--port").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: --port needs a value (usage: ");
    }

    @Test
    void unknownArgumentIsAUsageError() {
        assertThat(launch("--api", "crm", "--port", "0", "--verbose").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: unknown argument '--verbose' (usage: ");
    }

    @Test
    void malformedRenameIsAUsageError() {
        assertThat(launch("--api", "crm", "--port", "0", "--rename", "customerId").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: --rename needs FROM=TO with two non-empty JSON key names, got 'customerId'");
    }

    @Test
    void renameToItselfIsAUsageError() {
        assertThat(launch("--api", "crm", "--port", "0", "--rename", "a=a").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: --rename a=a renames a key to itself");
    }

    @Test
    void sameKeyRenamedTwiceIsAUsageError() {
        assertThat(launch("--api", "crm", "--port", "0", "--rename", "a=b", "--rename", "a=c").exitCode()).isEqualTo(2);
        assertThat(err()).startsWith("reference-providers: --rename a given twice (a=b, a=c)");
    }

    @Test
    void portInUseFailsWithExitCodeOneAndNoStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ReferenceProviders.Launch launch = launch("--api", "crm", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(launch.exitCode()).isEqualTo(1);
            assertThat(err()).startsWith("reference-providers: cannot listen on port " + taken.getLocalPort() + ": ")
                    .hasLineCount(1)
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        ReferenceProviders.Launch launch = launch("--help");

        assertThat(launch.exitCode()).isZero();
        assertThat(launch.provider()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar reference-providers.jar")
                .contains("--rename FROM=TO");
        assertThat(err()).isEmpty();
    }
}
