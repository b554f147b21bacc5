/** One small class per Zammad resource; each builds URLs and bodies and lets {@code ZammadClient} send them. */
package io.shiftlead.connectors.zammad.api;
