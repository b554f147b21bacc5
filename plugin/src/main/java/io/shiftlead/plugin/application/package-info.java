/** Use cases (the sync pipeline) and the ports they need from the store. No Jakarta EE here. */
package io.shiftlead.plugin.application;
