/**
 * One small class per JSM resource (JQL search, issues, request comments, feedback); each builds URLs
 * and bodies and lets {@code JsmClient} send them.
 */
package io.shiftlead.connectors.jsm.api;
