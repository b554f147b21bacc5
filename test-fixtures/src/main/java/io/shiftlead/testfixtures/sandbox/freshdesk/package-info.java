/**
 * The sandbox's Freshdesk API v2 subset ({@code Vendor.FRESHDESK}): the requests and JSON shapes the
 * Shiftlead Freshdesk adapter uses, rendered from the shared {@code SandboxState}. Statuses,
 * priorities and sources are translated to Freshdesk's numbers, custom fields to {@code cf_} names.
 */
package io.shiftlead.testfixtures.sandbox.freshdesk;
