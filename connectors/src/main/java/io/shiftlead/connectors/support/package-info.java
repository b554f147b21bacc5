/** Helpers every adapter shares: waiting (injectable for tests) and HTML to text. */
package io.shiftlead.connectors.support;
