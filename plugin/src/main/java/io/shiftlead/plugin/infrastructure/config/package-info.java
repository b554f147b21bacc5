/** The YAML configuration: loading, validation with key-named errors, env-var secret references. */
package io.shiftlead.plugin.infrastructure.config;
