/** One small class per RT REST2 resource; each builds URLs and bodies and lets {@code RtClient} send them. */
package io.shiftlead.connectors.rt.api;
