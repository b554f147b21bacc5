/** The JSON Lines ticket interchange format: reading it for replay, tests and benchmarks. */
package io.shiftlead.plugin.infrastructure.interchange;
