/**
 * The helpdesk apps (Zendesk, Freshdesk) an admin uploads: the generic localhost packages built
 * from {@code manifest/} and, per installation, copies with the customer's Shiftlead host built in.
 */
package io.shiftlead.plugin.infrastructure.apps;
