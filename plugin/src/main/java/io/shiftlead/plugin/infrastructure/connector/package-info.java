/** Finds the installed connector adapters (ServiceLoader) for the runtime. */
package io.shiftlead.plugin.infrastructure.connector;
