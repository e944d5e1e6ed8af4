package org.dataactioncontracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders each CRM read Data Action's URL the way Genesys does for the simple templates these files use
 * ({@code ${input.x}}, {@code $esc.url(${input.x})}, {@code ${credentials.x}}), re-bases it onto the provider and
 * checks that the provider serves it. Full translation is the emulator's job in contract-core.
 */
class DataActionEndpointsTest {

    private static final Path DATA_ACTIONS = Path.of("..", "crm-read-contracts", "data-actions");
    private static final Pattern ESC_URL = Pattern.compile("\\$esc\\.url\\(\\$\\{input\\.([A-Za-z0-9_]+)}\\)");
    private static final Pattern INPUT = Pattern.compile("\\$\\{input\\.([A-Za-z0-9_]+)}");
    private static final Pattern CREDENTIAL = Pattern.compile("\\$\\{credentials\\.([A-Za-z0-9_]+)}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    final ProviderUnderTest crm = ProviderUnderTest.api("crm");

    @ParameterizedTest(name = "{0} with {1}={2}")
    @CsvSource(delimiter = '|', value = {
            "Lookup-Customer-By-Phone      | phoneNumber | +15551230001          | /results/0/customerId | C-1001",
            "Get-Customer-By-Id            | customerId  | C-1001                | /customerId           | C-1001",
            "Get-Open-Cases                | customerId  | C-1001                | /cases/0/id           | CS-5001",
            "Search-Customers-By-Name      | name        | Smith & Sons Plumbing | /customers/0/exactMatch | true",
            "Search-Customers-By-Name      | name        | O'Brien               | /total                | 2",
            "Get-Loyalty-Status            | customerId  | C-1001                | /tier/code            | GOLD",
            "Get-Recent-Interactions       | customerId  | C-1001                | /interactions/0/channel | chat",
            "Get-Customer-Preferences-Via-Middleware | customerId | C-1001       | /legacy/CUST_ID       | C-1001"})
    void providerServesTheUrlTheDataActionRenders(String file, String input, String value, String pointer, String expected)
            throws IOException {
        JsonNode request = MAPPER.readTree(DATA_ACTIONS.resolve(file + ".custom.json").toFile()).at("/config/request");
        Map<String, String> inputs = Map.of(input, value);
        URI rendered = URI.create(render(request.path("requestUrlTemplate").asText(), inputs));
        List<String> headers = new ArrayList<>();
        request.path("headers").properties().forEach(header -> {
            // The JDK client refuses to set some headers itself; they do not matter to the provider.
            if (!header.getKey().equals("UserAgent") && !header.getKey().equals("Content-Type")) {
                headers.add(header.getKey());
                headers.add(render(header.getValue().asText(), inputs));
            }
        });

        HttpTestClient.Reply reply = crm.http().get(
                rendered.getRawPath() + (rendered.getRawQuery() == null ? "" : "?" + rendered.getRawQuery()),
                headers.toArray(String[]::new));

        assertThat(rendered.getScheme()).isEqualTo("https");
        assertThat(reply.status()).as("GET %s", rendered).isEqualTo(200);
        assertThat(reply.json().at(pointer).asText()).isEqualTo(expected);
    }

    private static String render(String template, Map<String, String> inputs) {
        String escaped = replace(ESC_URL, template, name -> URLEncoder.encode(inputs.get(name), StandardCharsets.UTF_8));
        String plain = replace(INPUT, escaped, inputs::get);
        String rendered = replace(CREDENTIAL, plain, name -> "test-" + name);
        assertThat(rendered).as("template %s uses only the constructs this test renders", template).doesNotContain("$");
        return rendered;
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> value) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
