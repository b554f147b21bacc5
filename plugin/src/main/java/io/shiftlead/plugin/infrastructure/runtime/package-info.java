/** Assembles and runs the pipeline: the container-free runtime and its CDI lifecycle bean. */
package io.shiftlead.plugin.infrastructure.runtime;
