package org.dataactioncontracts.recorded.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataactioncontracts.recorded.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift and redaction checks read the pact's matcher paths with pact-jvm's parser: paths in each notation. */
class PactPathChecksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void enumDriftIsFoundUnderAStarIndexRuleAndReportedAtTheConcretePath() throws Exception {
        PactFile.Entry entry = entry("""
                {"items":[{"status":"OPEN","x-y":"a"}]}""", """
                {"$.items[*].status":{"combine":"AND","matchers":[{"match":"regex","regex":"^(OPEN|CLOSED)$"}]}}""");
        Recording now = recording("""
                {"items":[{"status":"OPEN","x-y":"a"},{"status":"PENDING","x-y":"a"}]}""", List.of());

        assertThat(DriftCheck.check(entry, now, Optional.empty()))
                .containsExactly("new enum value 'PENDING' at $.items[1].status: the contract knows OPEN|CLOSED");
    }

    @Test
    void typeChangeAndRenameAreReportedAtPactJvmsFormOfThePath() throws Exception {
        PactFile.Entry entry = entry("""
                {"a":{"x-y":1,"customerId":"c"}}""", "{}");
        Recording before = recording("""
                {"a":{"x-y":1,"customerId":"c"}}""", List.of());
        Recording now = recording("""
                {"a":{"x-y":"1","customer_id":"c"}}""", List.of());

        assertThat(DriftCheck.check(entry, now, Optional.of(before))).containsExactly(
                "rename: customer_id appeared and customerId is gone at $.a",
                "type change at $.a.x-y: number → string");
    }

    @Test
    void aMismatchUnderARedactedPathInJaywaysNotationIsIgnoredAndOthersReported() throws Exception {
        PactFile pact = pact("""
                {"member":{"id":"m-1","token":"t"},"name":"n"}""", "{}");
        Recording now = recording("""
                {"member":{"id":"[REDACTED]","token":"[REDACTED]"},"name":"other"}""", List.of("$['member']"));

        ResponseCheck.Result result = ResponseCheck.check(pact, pact.entries().get(0), now);

        assertThat(result.ignored()).hasSize(2).allMatch(m -> m.startsWith("body $.member."));
        assertThat(result.mismatches()).singleElement().asString().startsWith("body $.name: ");
    }

    private PactFile.Entry entry(String body, String rules) throws Exception {
        return pact(body, rules).entries().get(0);
    }

    private PactFile pact(String body, String rules) throws Exception {
        Path file = tmp.resolve("pact-" + System.nanoTime() + ".json");
        Files.writeString(file, """
                {"consumer":{"name":"c"},"provider":{"name":"p"},"metadata":{"pactSpecification":{"version":"4.0"}},
                 "interactions":[{"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/"},
                   "response":{"status":200,"headers":{"Content-Type":["application/json"]},
                     "body":{"content":%s,"contentType":"application/json","encoded":false},
                     "matchingRules":{"body":%s}}}]}""".formatted(body, rules));
        return PactFile.load(file);
    }

    private static Recording recording(String body, List<String> redactedPaths) throws Exception {
        JsonNode json = MAPPER.readTree(body);
        return new Recording("d", "", MAPPER.createArrayNode(), MAPPER.createObjectNode(), Recording.Outcome.RECORDED, 200,
                Map.of("Content-Type", List.of("application/json")), json, Instant.EPOCH, 1, 0, "", List.of(), redactedPaths);
    }
}
