/** A stateful, in-process Zendesk API sandbox (JDK HttpServer) seeded from the dataset generator. */
package io.shiftlead.testfixtures.sandbox;
