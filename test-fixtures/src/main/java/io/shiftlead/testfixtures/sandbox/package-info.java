/**
 * A stateful, in-process helpdesk API sandbox (JDK HttpServer) seeded from the dataset generator.
 * It speaks Zendesk by default; with {@code SandboxOptions.withVendor(Vendor.FRESHDESK)} it speaks
 * the Freshdesk API v2 subset of the {@code freshdesk} sub-package over the same state.
 */
package io.shiftlead.testfixtures.sandbox;
