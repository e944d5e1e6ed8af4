package org.dataactioncontracts.reference.internal.crm;

import java.util.List;

/** The CRM's seed data: a few customers covering the interesting cases (missing fields, names needing escaping). */
final class CrmSeed {

    private CrmSeed() {
    }

    static List<Customer> customers() {
        return List.of(
                new Customer("C-1001", "Ada Lovelace", "+15551230001", "ada@example.com", "Premium", 2, false,
                        "en-GB", "London", "GB"),
                new Customer("C-1002", "Seán O'Brien", "+15551230002", "sean.obrien@example.ie", "VIP", 0, false,
                        "en-IE", "Dublin", "IE"),
                // A record migrated from the old CRM: no openTickets, no e-mail, no language.
                new Customer("C-1003", "Smith & Sons Plumbing", "+15551230003", null, "Standard", null, false,
                        null, "Leeds", "GB"),
                new Customer("C-1004", "Mallory Fraudster", "+15551230004", "mallory@example.net", "Standard", 5, true,
                        "en-US", "Springfield", "US"),
                new Customer("C-1005", "Grace O'Brien", "+15551230005", "grace@example.com", "Premium", 1, false,
                        "en-US", "Boston", "US"));
    }

    static List<SupportCase> cases() {
        return List.of(
                new SupportCase("CS-5001", "C-1001", "Router keeps rebooting", "open", "high", "2026-03-02T09:15:00Z"),
                new SupportCase("CS-5002", "C-1001", "Change of billing address", "open", "low", "2026-02-20T14:00:00Z"),
                new SupportCase("CS-4990", "C-1001", "Welcome pack not received", "closed", "normal",
                        "2025-11-04T08:30:00Z"),
                new SupportCase("CS-4870", "C-1002", "Upgrade to fibre", "closed", "normal", "2025-09-12T10:00:00Z"),
                new SupportCase("CS-5003", "C-1004", "Chargeback dispute", "open", "high", "2026-03-01T16:45:00Z"));
    }

    static List<LoyaltyMember> loyaltyMembers() {
        return List.of(
                new LoyaltyMember("C-1001", "L-880001", "GOLD", "Gold", 12_450, 300, "2019-04-02"),
                new LoyaltyMember("C-1002", "L-880002", "PLATINUM", "Platinum", 48_200, 0, "2015-11-20"));
    }

    static List<LegacyPreferences> preferences() {
        return List.of(
                new LegacyPreferences("C-1001",
                        List.of(new LegacyPreferences.Channel("EMAIL", 2), new LegacyPreferences.Channel("SMS", 1)),
                        "EN_GB", "N", "2100", "0800"),
                new LegacyPreferences("C-1002", List.of(new LegacyPreferences.Channel("VOICE", 1)),
                        "EN_IE", "Y", null, null),
                new LegacyPreferences("C-1003", List.of(), null, null, null, null));
    }

    static List<Interaction> interactions() {
        return List.of(
                new Interaction("IX-7003", "C-1001", "chat", "inbound", "2026-03-09T17:42:10Z", "Priya Shah",
                        "Billing question"),
                new Interaction("IX-7002", "C-1001", "voice", "inbound", "2026-03-02T09:11:37Z", "Tom Becker",
                        "Technical support"),
                new Interaction("IX-7001", "C-1001", "email", "outbound", "2026-02-20T14:05:00Z", "Priya Shah",
                        "Follow-up"),
                new Interaction("IX-6990", "C-1002", "voice", "inbound", "2026-01-15T11:20:00Z", "Niamh Kelly",
                        "Upgrade enquiry"),
                new Interaction("IX-7010", "C-1004", "sms", "outbound", "2026-03-01T16:50:00Z", "Fraud Desk",
                        "Chargeback notice"));
    }
}
