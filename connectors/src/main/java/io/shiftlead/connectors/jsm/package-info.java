/**
 * The Jira Service Management (Cloud) adapter: {@link io.shiftlead.connectors.jsm.JsmConnectorFactory}
 * (id {@code jira-service-management}), the connector, its settings, per-resource API classes in
 * {@code api/}, wire DTOs in {@code wire/}, interceptors in {@code http/}, the mapper, the one error
 * mapping and the webhook verifier. Issues are read with the enhanced JQL search of the platform API;
 * comments, notes and CSAT go through the {@code servicedeskapi}.
 */
package io.shiftlead.connectors.jsm;
