/** The static pages (agent sidebar, admin console) and the headers they are served with. */
package io.shiftlead.plugin.interfaces.web;
