/**
 * The admin console's back end that is not REST: the YAML editor's validate-then-save of rule,
 * SLA and QA files, the dry-run's candidate rule sets, and the store queries of the audit log.
 */
package io.shiftlead.plugin.infrastructure.admin;
