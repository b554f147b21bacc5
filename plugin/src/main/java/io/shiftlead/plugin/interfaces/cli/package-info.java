/** The command line (replay); a thin entry point over the application's replay service. */
package io.shiftlead.plugin.interfaces.cli;
