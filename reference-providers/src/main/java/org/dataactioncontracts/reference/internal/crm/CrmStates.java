package org.dataactioncontracts.reference.internal.crm;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;
import org.dataactioncontracts.reference.internal.ProviderStateException;
import org.dataactioncontracts.reference.internal.ProviderStates;
import org.dataactioncontracts.reference.internal.StateParams;

/**
 * The CRM API's provider states. Each setup fully defines the records it names (params first, then the seed record,
 * then fixed defaults), so the result does not depend on earlier states; teardown restores the seed.
 */
final class CrmStates {

    static final String PHONE_EXISTS = "a customer with phone {phoneNumber} exists";
    static final String PHONE_EXISTS_WITHOUT_OPEN_TICKETS =
            "a customer with phone {phoneNumber} exists without an openTickets field";
    static final String PHONE_UNKNOWN = "no customer has phone {phoneNumber}";
    static final String CUSTOMER_EXISTS = "customer {customerId} exists";
    static final String CUSTOMER_MISSING = "customer {customerId} does not exist";
    static final String HAS_OPEN_CASES = "customer {customerId} has open cases";
    static final String HAS_NO_OPEN_CASES = "customer {customerId} has no open cases";
    static final String NAME_MATCHES = "customers matching {name} exist";
    static final String NAME_MATCHES_NOBODY = "no customer matches {name}";
    static final String LOYALTY_MEMBER = "customer {customerId} is a loyalty member";
    static final String NOT_LOYALTY_MEMBER = "customer {customerId} is not a loyalty member";
    static final String HAS_PREFERENCES = "customer {customerId} has contact preferences";
    static final String HAS_NO_PREFERENCES = "customer {customerId} has no contact preferences";
    static final String HAS_INTERACTIONS = "customer {customerId} has recent interactions";
    static final String HAS_NO_INTERACTIONS = "customer {customerId} has no recent interactions";
    static final String HAS_CLOSED_CASE = "customer {customerId} has a closed case {caseId}";
    static final String HAS_PENDING_CALLBACK = "customer {customerId} has a pending callback";
    static final String HAS_NO_PENDING_CALLBACK = "customer {customerId} has no pending callback";

    /** Cases a state creates are dated back from here, one hour apart, so "most recent first" is the given order. */
    private static final Instant CASES_BASE = Instant.parse("2026-03-10T12:00:00Z");
    /** Interactions a state creates are dated back from here, one day apart (most recent first). */
    private static final Instant INTERACTIONS_BASE = Instant.parse("2026-03-10T15:30:00Z");

    /** Whether a phone-state customer record carries {@code openTickets} (legacy records lack it). */
    private enum OpenTicketsField { PRESENT, ABSENT }

    private final CrmStore store;

    private CrmStates(CrmStore store) {
        this.store = store;
    }

    static ProviderStates define(CrmStore store) {
        CrmStates crm = new CrmStates(store);
        return new ProviderStates()
                .define(PHONE_EXISTS, params -> crm.phoneOwned(params, OpenTicketsField.PRESENT))
                .define(PHONE_EXISTS_WITHOUT_OPEN_TICKETS, params -> crm.phoneOwned(params, OpenTicketsField.ABSENT))
                .define(PHONE_UNKNOWN, crm::phoneUnknown)
                .define(CUSTOMER_EXISTS, crm::customerExists)
                .define(CUSTOMER_MISSING, crm::customerMissing)
                .define(HAS_OPEN_CASES, crm::openCases)
                .define(HAS_NO_OPEN_CASES, crm::noOpenCases)
                .define(NAME_MATCHES, crm::nameMatches)
                .define(NAME_MATCHES_NOBODY, crm::nameMatchesNobody)
                .define(LOYALTY_MEMBER, crm::loyaltyMember)
                .define(NOT_LOYALTY_MEMBER, crm::notLoyaltyMember)
                .define(HAS_PREFERENCES, crm::preferences)
                .define(HAS_NO_PREFERENCES, crm::noPreferences)
                .define(HAS_INTERACTIONS, crm::interactions)
                .define(HAS_NO_INTERACTIONS, crm::noInteractions)
                .define(HAS_CLOSED_CASE, crm::closedCase)
                .define(HAS_PENDING_CALLBACK, crm::pendingCallback)
                .define(HAS_NO_PENDING_CALLBACK, crm::noPendingCallback);
    }

    /** Params: phoneNumber; optional customerId, fullName, accountTier, openTickets, isBlacklisted. */
    private ObjectNode phoneOwned(StateParams params, OpenTicketsField openTicketsField) {
        String phone = params.string("phoneNumber");
        Optional<String> requestedId = params.optionalString("customerId");
        Customer base = requestedId.flatMap(store::customer)
                .or(() -> store.customersWithPhone(phone).stream().findFirst())
                .orElseGet(() -> Customer.placeholder(requestedId.orElse(derivedId("C-9", digits(phone))), phone));
        String customerId = requestedId.orElse(base.customerId());
        Integer openTickets = switch (openTicketsField) {
            case ABSENT -> null;
            case PRESENT -> params.optionalInt("openTickets")
                    .orElse(base.openTickets() == null ? 0 : base.openTickets());
        };
        Customer customer = new Customer(customerId,
                params.optionalString("fullName").orElse(base.fullName()),
                phone,
                base.email(),
                params.optionalString("accountTier").orElse(base.accountTier()),
                openTickets,
                params.optionalBoolean("isBlacklisted").orElse(base.blacklisted()),
                base.preferredLanguage(), base.city(), base.country());
        // Exactly one owner, so the lookup's first result is this customer whatever the seed holds.
        store.customersWithPhone(phone).stream()
                .filter(other -> !other.customerId().equals(customerId))
                .forEach(other -> store.removeCustomer(other.customerId()));
        store.putCustomer(customer);
        ObjectNode used = Json.object();
        used.put("phoneNumber", phone);
        used.put("customerId", customer.customerId());
        used.put("fullName", customer.fullName());
        used.put("accountTier", customer.accountTier());
        if (customer.openTickets() != null) {
            used.put("openTickets", customer.openTickets());
        }
        used.put("isBlacklisted", customer.blacklisted());
        return used;
    }

    /** Params: phoneNumber. */
    private ObjectNode phoneUnknown(StateParams params) {
        String phone = params.string("phoneNumber");
        store.customersWithPhone(phone).forEach(customer -> store.removeCustomer(customer.customerId()));
        ObjectNode used = Json.object();
        used.put("phoneNumber", phone);
        return used;
    }

    /**
     * Params: customerId; optional fullName, phone, email, accountTier, openTickets, isBlacklisted,
     * preferredLanguage, city, country.
     */
    private ObjectNode customerExists(StateParams params) {
        Customer customer = ensureCustomer(params);
        Customer updated = new Customer(customer.customerId(),
                params.optionalString("fullName").orElse(customer.fullName()),
                params.optionalString("phone").orElse(customer.phone()),
                params.optionalString("email").orElse(customer.email()),
                params.optionalString("accountTier").orElse(customer.accountTier()),
                params.optionalInt("openTickets").orElse(customer.openTickets()),
                params.optionalBoolean("isBlacklisted").orElse(customer.blacklisted()),
                params.optionalString("preferredLanguage").orElse(customer.preferredLanguage()),
                params.optionalString("city").orElse(customer.city()),
                params.optionalString("country").orElse(customer.country()));
        store.putCustomer(updated);
        params.optionalInt("version").ifPresent(version -> {
            if (version < 1) {
                throw new ProviderStateException("provider state '" + CUSTOMER_EXISTS + "' param 'version' must be at least 1, got "
                        + version);
            }
            store.putVersion(updated.customerId(), version);
        });
        ObjectNode used = updated.toJson();
        used.put("version", store.version(updated.customerId()));
        return used;
    }

    /** Params: customerId, caseId; optional subject. The case exists, closed, so notes on it are refused (409). */
    private ObjectNode closedCase(StateParams params) {
        Customer customer = ensureCustomer(params);
        String caseId = params.string("caseId");
        SupportCase closed = new SupportCase(caseId, customer.customerId(),
                params.optionalString("subject").orElse("Closed case " + caseId), "closed", "normal",
                CASES_BASE.minus(30, ChronoUnit.DAYS).toString());
        store.putCase(closed);
        ObjectNode used = closed.toJson();
        used.put("customerId", customer.customerId());
        return used;
    }

    /** Params: customerId; optional phone (default: the customer's) and callbackId. That number has a callback queued. */
    private ObjectNode pendingCallback(StateParams params) {
        Customer customer = ensureCustomer(params);
        String phone = params.optionalString("phone").orElse(customer.phone());
        PendingCallback callback = new PendingCallback(
                params.optionalString("callbackId").orElse(derivedId("CB-9", digits(customer.customerId()))),
                customer.customerId(), phone, "ASAP", "Pending callback", 1);
        store.putPendingCallback(callback);
        return callback.toJson().put("phone", phone);
    }

    /** Params: customerId. The customer exists and has no callback queued. */
    private ObjectNode noPendingCallback(StateParams params) {
        Customer customer = ensureCustomer(params);
        store.removeCallbacksOf(customer.customerId());
        ObjectNode used = Json.object();
        used.put("customerId", customer.customerId());
        used.put("phone", customer.phone());
        return used;
    }

    /** Params: customerId. Also removes the customer's cases, loyalty membership and preferences. */
    private ObjectNode customerMissing(StateParams params) {
        return ProviderStates.removed(params, "customerId", store::removeCustomer);
    }

    /**
     * Params: customerId; optional caseIds and subjects (arrays or comma-separated, most recent first). Without
     * caseIds the customer's open seed cases stay, or two cases are created.
     */
    private ObjectNode openCases(StateParams params) {
        Customer customer = ensureCustomer(params);
        String customerId = customer.customerId();
        Optional<List<String>> caseIds = params.optionalStrings("caseIds");
        List<String> subjects = params.optionalStrings("subjects").orElse(List.of());
        List<SupportCase> existing = openCasesOf(customerId);
        if (caseIds.isPresent() || existing.isEmpty()) {
            List<String> ids = caseIds.orElseGet(() -> List.of(
                    "CS-" + digits(customerId) + "-1", "CS-" + digits(customerId) + "-2"));
            if (ids.isEmpty()) {
                throw new ProviderStateException("provider state '" + HAS_OPEN_CASES + "' needs at least one case id; "
                        + "use '" + HAS_NO_OPEN_CASES + "' for none");
            }
            List<SupportCase> created = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String subject = i < subjects.size() ? subjects.get(i) : "Open case " + ids.get(i);
                created.add(new SupportCase(ids.get(i), customerId, subject, "open", "normal",
                        CASES_BASE.minus(i, ChronoUnit.HOURS).toString()));
            }
            store.replaceOpenCases(customerId, created);
        }
        List<SupportCase> open = openCasesOf(customerId);
        ObjectNode used = Json.object();
        used.put("customerId", customerId);
        used.put("caseCount", open.size());
        used.put("firstCaseId", open.get(0).id());
        used.put("firstCaseSubject", open.get(0).subject());
        ArrayNode ids = used.putArray("caseIds");
        open.forEach(supportCase -> ids.add(supportCase.id()));
        return used;
    }

    /** Params: customerId. Closes the open cases; closed ones stay, so the status filter is exercised. */
    private ObjectNode noOpenCases(StateParams params) {
        Customer customer = ensureCustomer(params);
        store.replaceOpenCases(customer.customerId(), List.of());
        ObjectNode used = Json.object();
        used.put("customerId", customer.customerId());
        used.put("caseCount", 0);
        return used;
    }

    /** Params: name; optional customerId, accountTier of the exact match created when none exists. */
    private ObjectNode nameMatches(StateParams params) {
        String name = params.string("name");
        boolean exactExists = store.customersNamed(name).stream()
                .anyMatch(customer -> customer.fullName().equalsIgnoreCase(name));
        if (!exactExists || params.optionalString("customerId").isPresent()) {
            String customerId = params.optionalString("customerId")
                    .orElse(derivedId("C-8", Integer.toString(Math.floorMod(name.toLowerCase(Locale.ROOT).hashCode(), 10_000))));
            Customer base = store.customer(customerId).orElseGet(() -> Customer.placeholder(customerId,
                    "+1555888" + String.format(Locale.ROOT, "%04d", Math.floorMod(customerId.hashCode(), 10_000))));
            store.putCustomer(new Customer(customerId, name, base.phone(), base.email(),
                    params.optionalString("accountTier").orElse(base.accountTier()), base.openTickets(),
                    base.blacklisted(), base.preferredLanguage(), base.city(), base.country()));
        }
        List<Customer> matches = store.customersNamed(name);
        ObjectNode used = Json.object();
        used.put("name", name);
        used.put("matchCount", matches.size());
        ArrayNode ids = used.putArray("customerIds");
        matches.forEach(customer -> ids.add(customer.customerId()));
        used.put("exactMatchCustomerId", matches.get(0).customerId());
        return used;
    }

    /** Params: name. Removes every customer whose name contains it. */
    private ObjectNode nameMatchesNobody(StateParams params) {
        String name = params.string("name");
        store.customersNamed(name).forEach(customer -> store.removeCustomer(customer.customerId()));
        ObjectNode used = Json.object();
        used.put("name", name);
        used.put("matchCount", 0);
        return used;
    }

    /** Params: customerId; optional memberId, tierCode, tierName, pointsBalance, pointsExpiringSoon, memberSince. */
    private ObjectNode loyaltyMember(StateParams params) {
        String customerId = params.string("customerId");
        LoyaltyMember base = store.loyaltyMember(customerId).orElseGet(() -> new LoyaltyMember(customerId,
                derivedId("L-9", digits(customerId)), "GOLD", "Gold", 1_000, 0, "2020-01-01"));
        String tierCode = params.optionalString("tierCode").orElse(base.tierCode());
        String defaultTierName = tierCode.equals(base.tierCode()) ? base.tierName() : capitalized(tierCode);
        LoyaltyMember member = new LoyaltyMember(customerId,
                params.optionalString("memberId").orElse(base.memberId()),
                tierCode,
                params.optionalString("tierName").orElse(defaultTierName),
                params.optionalInt("pointsBalance").orElse(base.pointsBalance()),
                params.optionalInt("pointsExpiringSoon").orElse(base.pointsExpiringSoon()),
                params.optionalString("memberSince").orElse(base.memberSince()));
        store.putLoyaltyMember(member);
        return member.toJson();
    }

    /** Params: customerId. */
    private ObjectNode notLoyaltyMember(StateParams params) {
        return ProviderStates.removed(params, "customerId", store::removeLoyaltyMember);
    }

    /**
     * Params: customerId; optional channels (preferred first, e.g. ["sms","email"]), language (en-GB), doNotCall,
     * quietHoursStart and quietHoursEnd (HH:mm), in the Data Action's vocabulary. Stored and served in the legacy
     * shape; returns the values used, in the params' vocabulary.
     */
    private ObjectNode preferences(StateParams params) {
        String customerId = params.string("customerId");
        LegacyPreferences base = store.preferences(customerId)
                .filter(record -> !record.channels().isEmpty())
                .orElseGet(() -> new LegacyPreferences(customerId,
                        List.of(new LegacyPreferences.Channel("SMS", 1), new LegacyPreferences.Channel("EMAIL", 2)),
                        "EN_US", "N", null, null));
        List<LegacyPreferences.Channel> channels = params.optionalStrings("channels")
                .map(CrmStates::rankedChannels)
                .orElse(base.channels());
        String langCd = params.optionalString("language").map(CrmStates::legacyLanguage).orElse(base.langCd());
        String dncFlag = params.optionalBoolean("doNotCall").map(dnc -> dnc ? "Y" : "N").orElse(base.dncFlag());
        String quietFrom = params.optionalString("quietHoursStart").map(time -> legacyTime(params, time))
                .orElse(base.quietFrom());
        String quietTo = params.optionalString("quietHoursEnd").map(time -> legacyTime(params, time))
                .orElse(base.quietTo());
        LegacyPreferences record = new LegacyPreferences(customerId, channels, langCd, dncFlag, quietFrom, quietTo);
        store.putPreferences(record);
        return preferencesUsed(record);
    }

    /** Params: customerId. The legacy record exists but is empty, so the Data Action's defaults apply. */
    private ObjectNode noPreferences(StateParams params) {
        String customerId = params.string("customerId");
        LegacyPreferences record = new LegacyPreferences(customerId, List.of(), null, null, null, null);
        store.putPreferences(record);
        return preferencesUsed(record);
    }

    /**
     * Params: customerId; optional channels (voice, chat, email, sms; most recent first), agentNames (same order)
     * and total (how many the CRM holds, at least the number of channels). Without channels the customer's seed
     * interactions stay, or two are created.
     */
    private ObjectNode interactions(StateParams params) {
        Customer customer = ensureCustomer(params);
        String customerId = customer.customerId();
        Optional<List<String>> channels = params.optionalStrings("channels");
        List<String> agentNames = params.optionalStrings("agentNames").orElse(List.of());
        if (channels.isPresent() || store.interactions(customerId).isEmpty()) {
            List<String> list = channels.orElse(List.of("voice", "chat"));
            if (list.isEmpty()) {
                throw new ProviderStateException("provider state '" + HAS_INTERACTIONS + "' needs at least one channel; "
                        + "use '" + HAS_NO_INTERACTIONS + "' for none");
            }
            int total = params.optionalInt("total").orElse(list.size());
            if (total < list.size()) {
                throw new ProviderStateException("provider state '" + HAS_INTERACTIONS + "' param 'total' (" + total
                        + ") is less than the number of channels (" + list.size() + ")");
            }
            List<Interaction> created = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                String channel = i < list.size() ? list.get(i).toLowerCase(Locale.ROOT) : "voice";
                if (!Interaction.CHANNELS.contains(channel)) {
                    throw new ProviderStateException("provider state '" + HAS_INTERACTIONS + "' channel must be one of "
                            + "voice, chat, email, sms, got '" + list.get(i) + "'");
                }
                String agent = i < agentNames.size() ? agentNames.get(i) : "Agent " + (i + 1);
                created.add(new Interaction("IX-" + digits(customerId) + "-" + (i + 1), customerId, channel,
                        "inbound", INTERACTIONS_BASE.minus(i, ChronoUnit.DAYS).toString(), agent, "General enquiry"));
            }
            store.replaceInteractions(customerId, created);
        }
        List<Interaction> recent = store.interactions(customerId);
        ObjectNode used = Json.object();
        used.put("customerId", customerId);
        used.put("interactionCount", recent.size());
        used.put("lastChannel", recent.get(0).channel());
        used.put("lastContactDate", recent.get(0).startedAt());
        used.put("lastAgentName", recent.get(0).agentName());
        ArrayNode list = used.putArray("channels");
        recent.stream().limit(5).forEach(interaction -> list.add(interaction.channel()));
        return used;
    }

    /** Params: customerId. The customer exists and has no interactions on record. */
    private ObjectNode noInteractions(StateParams params) {
        Customer customer = ensureCustomer(params);
        store.replaceInteractions(customer.customerId(), List.of());
        ObjectNode used = Json.object();
        used.put("customerId", customer.customerId());
        used.put("interactionCount", 0);
        return used;
    }

    /** The values a preferences record stands for, in the state params' (and the Data Action's) vocabulary. */
    private static ObjectNode preferencesUsed(LegacyPreferences record) {
        ObjectNode used = Json.object();
        used.put("customerId", record.customerId());
        ArrayNode channels = used.putArray("channels");
        record.channels().stream()
                .sorted(Comparator.comparingInt(LegacyPreferences.Channel::rank))
                .forEach(channel -> channels.add(channel.code().toLowerCase(Locale.ROOT)));
        if (record.langCd() != null) {
            String[] parts = record.langCd().split("_", -1);
            used.put("language", parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1] : ""));
        }
        used.put("doNotCall", "Y".equals(record.dncFlag()));
        if (record.quietFrom() != null && record.quietTo() != null) {
            used.put("quietHoursStart", record.quietFrom().substring(0, 2) + ":" + record.quietFrom().substring(2));
            used.put("quietHoursEnd", record.quietTo().substring(0, 2) + ":" + record.quietTo().substring(2));
        }
        return used;
    }

    private Customer ensureCustomer(StateParams params) {
        String customerId = params.string("customerId");
        return store.customer(customerId).orElseGet(() -> {
            Customer created = Customer.placeholder(customerId, "+1555777" + String.format(Locale.ROOT, "%04d",
                    Math.floorMod(customerId.hashCode(), 10_000)));
            store.putCustomer(created);
            return created;
        });
    }

    private List<SupportCase> openCasesOf(String customerId) {
        return store.cases(customerId).stream().filter(SupportCase::isOpen).toList();
    }

    private static List<LegacyPreferences.Channel> rankedChannels(List<String> channels) {
        List<LegacyPreferences.Channel> ranked = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ranked.add(new LegacyPreferences.Channel(channels.get(i).toUpperCase(Locale.ROOT), i + 1));
        }
        return ranked;
    }

    private static String legacyLanguage(String tag) {
        String[] parts = tag.split("-", 2);
        return parts[0].toUpperCase(Locale.ROOT) + (parts.length > 1 ? "_" + parts[1].toUpperCase(Locale.ROOT) : "");
    }

    private static String legacyTime(StateParams params, String time) {
        if (!time.matches("\\d{2}:\\d{2}")) {
            throw new ProviderStateException("provider state '" + params.state()
                    + "' quiet hours must be HH:mm, got '" + time + "'");
        }
        return time.replace(":", "");
    }

    private static String capitalized(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String digits(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? "0" : digits;
    }

    private static String derivedId(String prefix, String digits) {
        // Deterministic, so re-running a verification creates the same ids.
        String tail = digits.length() > 4 ? digits.substring(digits.length() - 4) : digits;
        return prefix + tail;
    }
}
