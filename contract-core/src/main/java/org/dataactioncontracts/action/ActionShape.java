package org.dataactioncontracts.action;

/** The JSON shape a Data Action file was written in; they differ only in their identity fields. */
public enum ActionShape {
    /** Admin &gt; Integrations &gt; Actions &gt; Export: {@code name, integrationType, actionType, config, contract, secure}. */
    UI_EXPORT,
    /** {@code GET /api/v2/integrations/actions/{id}?includeConfig=true&expand=contract}: carries {@code id}, {@code version}, {@code selfUri}. */
    API_RESOURCE,
    /** {@code POST /api/v2/integrations/actions} body: {@code name, category, integrationId, config, contract}. */
    API_CREATE_BODY
}
