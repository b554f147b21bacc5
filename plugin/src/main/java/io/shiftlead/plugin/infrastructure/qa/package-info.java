/**
 * QA adapters: LanguageTool behind the core's spelling interface, and the YAML reader for
 * scorecards and check settings (with file/line errors).
 */
package io.shiftlead.plugin.infrastructure.qa;
