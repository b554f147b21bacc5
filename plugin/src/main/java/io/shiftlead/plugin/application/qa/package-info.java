/** QA scoring in the server: results stored for trends, reviews, disputes, calibration, coaching. */
package io.shiftlead.plugin.application.qa;
