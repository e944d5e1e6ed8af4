package org.dataactioncontracts.reference.internal.crm;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dataactioncontracts.reference.internal.Json;

/**
 * A CRM customer record.
 *
 * @param customerId        CRM id, e.g. {@code C-1001}
 * @param fullName          display name (person or company)
 * @param phone             E.164 phone number
 * @param email             primary e-mail, or null when the record has none
 * @param accountTier       Standard, Premium or VIP
 * @param openTickets       open ticket count, or null for legacy records that lack the field (written without it)
 * @param blacklisted       fraud or abuse flag
 * @param preferredLanguage BCP 47 tag, or null when unknown
 * @param city              city of the postal address, or null when unknown
 * @param country           ISO country code, or null when unknown
 */
public record Customer(String customerId, String fullName, String phone, String email, String accountTier,
                       Integer openTickets, boolean blacklisted, String preferredLanguage, String city,
                       String country) {

    public Customer {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(accountTier, "accountTier");
    }

    /** The record a provider state creates when it names a customer the seed data does not have. */
    static Customer placeholder(String customerId, String phone) {
        return new Customer(customerId, "Test Customer " + customerId, phone, null, "Standard", 0, false, "en-US",
                null, null);
    }

    /** The CRM's JSON representation; null fields are left out, as the CRM does. */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("customerId", customerId);
        json.put("fullName", fullName);
        json.put("phone", phone);
        if (email != null) {
            json.put("email", email);
        }
        json.put("accountTier", accountTier);
        if (openTickets != null) {
            json.put("openTickets", openTickets);
        }
        json.put("isBlacklisted", blacklisted);
        if (preferredLanguage != null) {
            json.put("preferredLanguage", preferredLanguage);
        }
        if (city != null || country != null) {
            ObjectNode address = json.putObject("address");
            if (city != null) {
                address.put("city", city);
            }
            if (country != null) {
                address.put("country", country);
            }
        }
        return json;
    }
}
