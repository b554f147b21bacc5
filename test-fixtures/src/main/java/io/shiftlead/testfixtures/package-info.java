/** Test fixtures shared by the other modules: a dataset generator and a sandbox helpdesk server. */
package io.shiftlead.testfixtures;
