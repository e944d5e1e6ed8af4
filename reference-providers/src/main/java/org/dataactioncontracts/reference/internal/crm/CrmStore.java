package org.dataactioncontracts.reference.internal.crm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The CRM's in-memory data; every method is synchronized so a verifier and a curl user can share one server. */
final class CrmStore {

    private static final int FIRST_CREATED_CASE = 6001;
    private static final int FIRST_CREATED_NOTE = 7001;
    private static final int FIRST_CREATED_CALLBACK = 8001;

    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final List<SupportCase> cases = new ArrayList<>();
    private final Map<String, LoyaltyMember> loyalty = new LinkedHashMap<>();
    private final Map<String, LegacyPreferences> preferences = new LinkedHashMap<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final Map<String, Integer> versions = new LinkedHashMap<>();
    private final List<ObjectNode> notes = new ArrayList<>();
    private final Map<String, PendingCallback> callbacks = new LinkedHashMap<>();
    private int nextCaseNumber;
    private int nextNoteNumber;
    private int nextCallbackNumber;

    CrmStore() {
        reset();
    }

    /** Replaces everything with the seed data. */
    synchronized void reset() {
        customers.clear();
        cases.clear();
        loyalty.clear();
        preferences.clear();
        interactions.clear();
        CrmSeed.customers().forEach(customer -> customers.put(customer.customerId(), customer));
        cases.addAll(CrmSeed.cases());
        CrmSeed.loyaltyMembers().forEach(member -> loyalty.put(member.customerId(), member));
        CrmSeed.preferences().forEach(record -> preferences.put(record.customerId(), record));
        interactions.addAll(CrmSeed.interactions());
        versions.clear();
        notes.clear();
        callbacks.clear();
        nextCaseNumber = FIRST_CREATED_CASE;
        nextNoteNumber = FIRST_CREATED_NOTE;
        nextCallbackNumber = FIRST_CREATED_CALLBACK;
    }

    /** The record version a customer update must name ({@code expectedVersion}); 1 until the first update. */
    synchronized int version(String customerId) {
        return versions.getOrDefault(customerId, 1);
    }

    synchronized void putVersion(String customerId, int version) {
        versions.put(customerId, version);
    }

    /** Adds a new open case with the next case id ({@code CS-6001}, …) and returns it. */
    synchronized SupportCase createCase(String customerId, String subject, String priority, String openedAt) {
        SupportCase created = new SupportCase("CS-" + nextCaseNumber++, customerId, subject, "open", priority, openedAt);
        cases.add(created);
        return created;
    }

    /** Adds a closed case (replacing one with the same id). */
    synchronized void putCase(SupportCase supportCase) {
        cases.removeIf(existing -> existing.id().equals(supportCase.id()));
        cases.add(supportCase);
    }

    /** Stores a note, giving it the next note id ({@code N-7001}, …), which is returned. */
    synchronized String addNote(ObjectNode note) {
        String id = "N-" + nextNoteNumber++;
        note.put("id", id);
        notes.add(note);
        return id;
    }

    /** The pending callback for {@code phone}, if any. */
    synchronized Optional<PendingCallback> pendingCallback(String phone) {
        return Optional.ofNullable(callbacks.get(phone));
    }

    /** Queues a callback for {@code phone} with the next id ({@code CB-8001}, …) and returns it with its queue position. */
    synchronized PendingCallback queueCallback(String customerId, String phone, String preferredTime, String reason) {
        PendingCallback callback = new PendingCallback("CB-" + nextCallbackNumber++, customerId, phone, preferredTime, reason,
                callbacks.size() + 1);
        callbacks.put(phone, callback);
        return callback;
    }

    synchronized void putPendingCallback(PendingCallback callback) {
        callbacks.put(callback.phone(), callback);
    }

    /** Removes every pending callback of the customer. */
    synchronized void removeCallbacksOf(String customerId) {
        callbacks.values().removeIf(callback -> callback.customerId().equals(customerId));
    }

    synchronized Optional<Customer> customer(String customerId) {
        return Optional.ofNullable(customers.get(customerId));
    }

    /** Customers owning {@code phone}, by customer id. */
    synchronized List<Customer> customersWithPhone(String phone) {
        return customers.values().stream()
                .filter(customer -> customer.phone().equals(phone))
                .sorted(Comparator.comparing(Customer::customerId))
                .toList();
    }

    /** Customers whose name contains {@code query} (ignoring case); exact matches first, then by name. */
    synchronized List<Customer> customersNamed(String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        return customers.values().stream()
                .filter(customer -> customer.fullName().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing((Customer customer) -> !customer.fullName().equalsIgnoreCase(query))
                        .thenComparing(Customer::fullName)
                        .thenComparing(Customer::customerId))
                .toList();
    }

    synchronized void putCustomer(Customer customer) {
        customers.put(customer.customerId(), customer);
    }

    /** Removes the customer and everything keyed by its id (cases, loyalty membership, preferences, interactions). */
    synchronized void removeCustomer(String customerId) {
        customers.remove(customerId);
        cases.removeIf(supportCase -> supportCase.customerId().equals(customerId));
        loyalty.remove(customerId);
        preferences.remove(customerId);
        interactions.removeIf(interaction -> interaction.customerId().equals(customerId));
        versions.remove(customerId);
        callbacks.values().removeIf(callback -> callback.customerId().equals(customerId));
    }

    /** The customer's cases, most recent first. */
    synchronized List<SupportCase> cases(String customerId) {
        return cases.stream()
                .filter(supportCase -> supportCase.customerId().equals(customerId))
                .sorted(Comparator.comparing(SupportCase::openedAt).reversed())
                .toList();
    }

    /** Closes the customer's open cases and adds {@code open} ones. */
    synchronized void replaceOpenCases(String customerId, List<SupportCase> open) {
        cases.replaceAll(supportCase -> supportCase.customerId().equals(customerId) && supportCase.isOpen()
                ? supportCase.closed() : supportCase);
        cases.removeIf(supportCase -> open.stream().anyMatch(added -> added.id().equals(supportCase.id())));
        cases.addAll(open);
    }

    synchronized Optional<LoyaltyMember> loyaltyMember(String customerId) {
        return Optional.ofNullable(loyalty.get(customerId));
    }

    synchronized void putLoyaltyMember(LoyaltyMember member) {
        loyalty.put(member.customerId(), member);
    }

    synchronized void removeLoyaltyMember(String customerId) {
        loyalty.remove(customerId);
    }

    synchronized Optional<LegacyPreferences> preferences(String customerId) {
        return Optional.ofNullable(preferences.get(customerId));
    }

    synchronized void putPreferences(LegacyPreferences record) {
        preferences.put(record.customerId(), record);
    }

    /** The customer's interactions, most recent first. */
    synchronized List<Interaction> interactions(String customerId) {
        return interactions.stream()
                .filter(interaction -> interaction.customerId().equals(customerId))
                .sorted(Comparator.comparing(Interaction::startedAt).reversed().thenComparing(Interaction::id))
                .toList();
    }

    /** Replaces all interactions of the customer. */
    synchronized void replaceInteractions(String customerId, List<Interaction> replacement) {
        interactions.removeIf(interaction -> interaction.customerId().equals(customerId)
                || replacement.stream().anyMatch(added -> added.id().equals(interaction.id())));
        interactions.addAll(replacement);
    }
}
