/**
 * Text helpers for the QA checks: phrase matching on word boundaries, sentence spans for evidence,
 * and the multilingual lexicons (English, German, Spanish, Portuguese, French).
 */
package io.shiftlead.plugin.core.qa.text;
