package org.dataactioncontracts.reference.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.dataactioncontracts.reference.UsageException;
import org.dataactioncontracts.reference.internal.billing.BillingApi;
import org.dataactioncontracts.reference.internal.crm.CrmApi;

/** The registry of backend APIs a reference provider can serve; a new API is one entry here. */
public final class Apis {

    private static final Map<String, Supplier<BackendApi>> IMPLEMENTED = orderedOf(
            "crm", CrmApi::new,
            "billing", BillingApi::new);
    /** Accepted on the command line so users learn it is coming, rather than that it does not exist. */
    private static final List<String> PLANNED = List.of();

    private Apis() {
    }

    /** The registry in the order the command line lists it. */
    private static Map<String, Supplier<BackendApi>> orderedOf(String firstName, Supplier<BackendApi> first,
                                                               String secondName, Supplier<BackendApi> second) {
        Map<String, Supplier<BackendApi>> apis = new LinkedHashMap<>();
        apis.put(firstName, first);
        apis.put(secondName, second);
        return Collections.unmodifiableMap(apis);
    }

    /** The API names the command line accepts. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(IMPLEMENTED.keySet());
        names.addAll(PLANNED);
        return List.copyOf(names);
    }

    /**
     * A fresh instance of the named API, with its seed data.
     *
     * @throws UsageException for an unknown or not yet implemented API
     */
    public static BackendApi create(String name) {
        Supplier<BackendApi> factory = IMPLEMENTED.get(name);
        if (factory != null) {
            return factory.get();
        }
        if (PLANNED.contains(name)) {
            throw new UsageException(name + " API not implemented yet");
        }
        throw new UsageException("unknown API '" + name + "'; known APIs: " + String.join(", ", names()));
    }
}
