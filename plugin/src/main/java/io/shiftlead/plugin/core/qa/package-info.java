/**
 * Automated quality assurance: scorecards, the checks that grade a conversation's public agent
 * replies, the scorer and the evaluator that writes a score back. Plain Java (an architecture test
 * keeps it free of container, HTTP, SQL and Jackson); spelling comes in through {@link
 * io.shiftlead.plugin.core.qa.SpellingChecker}, implemented in the infrastructure layer.
 */
package io.shiftlead.plugin.core.qa;
