package org.dataactioncontracts.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinterCorpusTest {
    private static final List<LintFinding> FINDINGS = new ArrayList<>();
    private static int files;

    @BeforeAll
    static void lintWholeCorpus() throws URISyntaxException {
        Path corpus = Path.of(LinterCorpusTest.class.getResource("/corpus/genesys-data-actions").toURI());
        Linter linter = Linter.create();
        for (Path file : DataActions.jsonFiles(corpus)) {
            DataAction action = DataActions.load(file);
            assertThatCode(() -> FINDINGS.addAll(linter.lint(action))).as(file.getFileName().toString()).doesNotThrowAnyException();
            files++;
        }
        Map<String, Integer> perRule = new TreeMap<>();
        FINDINGS.forEach(f -> perRule.merge(f.severity() + " " + f.rule(), 1, Integer::sum));
        System.out.println("Lint findings over " + files + " corpus files: " + perRule);
    }

    @Test
    void lintsEveryCorpusFileWithoutThrowing() {
        assertThat(files).isEqualTo(80);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            // reference 8.6: bare-text and empty defaults
            "gc-presence-update-from-ms-teams__exports--Get-Genesys-Cloud-User-Presence, default-not-json, /config/response/translationMapDefaults/systemPresence",
            "update-ms-teams-user-presence-blueprint__Find-Teams-User-Id-Multiple-externalIds, default-not-json, /config/response/translationMapDefaults/MsTeamsUserId",
            "automated-callback-blueprint__files--automated-powershell-script--data-actions--Get-interaction-state, default-not-json, /config/response/translationMapDefaults/state",
            // "" defaults of deep-scan paths, which give [] instead of failing: the default is never used
            "genesys-cloud-call-park__blueprint--exports--Get-Waiting-Calls-in-specific-Queue-based-on-External-Tag, default-never-used, /config/response/translationMapDefaults/participantID",
            "genesys-cloud-call-park__blueprint--exports--Get-Waiting-Calls-in-specific-Queue-based-on-External-Tag, default-never-used, /config/response/translationMapDefaults/conversationID",
            // $Input with a capital I (and $INPUT): a WARNING, published blueprints depend on it (docs/emulator-semantics.md)
            "automated-callback-blueprint__files--Add-contact-to-contact-list, input-case, /config/request/requestUrlTemplate",
            "automated-callback-blueprint__files--automated-powershell-script--data-actions--Add-contact-to-contact-list, input-case, /config/request/requestUrlTemplate",
            "process-automation-trigger-with-salesforce__exports--get-summary, input-case, /config/request/requestUrlTemplate",
            "negative-sentiment-callback__exports--Update-External-Tag, input-case, /config/request/requestUrlTemplate",
            // reference 8.4: root-array outputs
            "automated-callback-blueprint__files--Add-contact-to-contact-list, root-array-output, /contract/output/successSchema/type",
            "salesforce-get-account-name-by-phone-number-data-action-module__Get-Account-Name-By-Phone-Number, root-array-output, /contract/output/successSchema/type",
            "dynamics-365-get-most-recent-lead-by-phone-number-data-action-module__Get-Most-Recent-Lead-By-Phone-Number, root-array-output, /contract/output/successSchema/type",
            "process-automation-trigger-with-salesforce__exports--get-contact-by-phone-number, root-array-output, /contract/output/successSchema/type",
            // reference 8.15, 8.16: firstFromArray without a default
            "limitless-flows-blueprint__blueprint--DataActions--Limitless---Get-Message-Id-Count, first-from-array-no-default, /config/response/successTemplate",
            "public-api-external-contact-query-data-action-module__External-Contact-Query, first-from-array-no-default, /config/response/successTemplate",
            // reference 8.12: placeholder URLs
            "scheduling-bot-blueprint__exports--CreateBookingDataAction, placeholder-url, /config/request/requestUrlTemplate",
            "architect-logging__docs--dataAction--Logging-to-GC-Chat-Group, placeholder-url, /config/request/requestUrlTemplate",
            // ${input.contactlistId} while the contract declares contactListId
            "Get-Contact-From-Contact-List, undeclared-input, /config/request/requestUrlTemplate",
            // reference 8.10: the whole URL from an input
            "Send-Chat-Notification, url-from-input, /config/request/requestUrlTemplate",
            // "GET requests do not use request templates": a GET whose template holds a JSON body that is never sent
            "autoclear-non-disconnected__docs--dataActions--Get-Non-Disconnected-ParticipantId, get-request-template, /config/request/requestTemplate",
            // q=${input.searchAttribute}: free text in a query string
            "Get-External-Contact-Details, unencoded-url-input, /config/request/requestUrlTemplate"
    })
    void reportsTheKnownMistakesOfTheCorpus(String fileNamePart, String rule, String pointer) {
        assertThat(FINDINGS).anySatisfy(f -> {
            assertThat(f.file()).contains(fileNamePart);
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.pointer()).isEqualTo(pointer);
        });
    }

    @Test
    void correctGenesysIdiomsAreNotReported() {
        // firstFromArray("${arr}", default), "$esc.jsonEncode(...)", ${esc.dollar}, $esc.url(...) around SOSL, $.NULL defaults
        assertThat(FINDINGS).noneMatch(f -> f.rule().equals("quoted-translation-variable")
                || f.rule().equals("undefined-variable") || f.rule().equals("template-syntax")
                || f.rule().equals("default-without-path") || f.rule().equals("translation-path-syntax"));
        assertThat(FINDINGS).noneMatch(f -> f.file().contains("External-Contact-Query") && f.rule().equals("unencoded-url-input"));
        assertThat(FINDINGS).noneMatch(f -> f.file().contains("switch-voice-to-web-messaging") && f.rule().equals("first-from-array-no-default"));
        assertThat(FINDINGS).noneMatch(f -> f.file().contains("Get-Queue-Metrics-oUserRoutingStatuses"));
        // the only Accept headers of the corpus (wfm-hris-blueprint, Bamboo) are application/json
        assertThat(FINDINGS).noneMatch(f -> f.rule().equals("accept-not-json"));
    }

    @Test
    void onlyTheKnownBareTextDefaultsAreReportedAndAsWarnings() {
        assertThat(FINDINGS.stream().filter(f -> f.rule().equals("default-not-json")))
                .hasSize(3).extracting(LintFinding::severity).containsOnly(Severity.WARNING);
    }

    /**
     * An ERROR means "this fails in Genesys", so every ERROR on the published corpus must be one whose failure is
     * evidenced (docs/emulator-semantics.md, "Lint rules"): file -> rule, the whole list.
     */
    private static final Map<String, String> EVIDENCED_ERRORS = Map.of();

    @Test
    void everyErrorOnTheCorpusIsOneWithEvidenceThatItFailsInGenesys() {
        Map<String, String> errors = new TreeMap<>();
        FINDINGS.stream().filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> errors.merge(Path.of(f.file()).getFileName().toString(), f.rule() + " " + f.pointer(), (a, b) -> a + "; " + b));
        assertThat(errors).isEqualTo(EVIDENCED_ERRORS);
    }
}
