/**
 * OkHttp interceptors of the Zammad adapter, one concern per class (style rule 9): the token header,
 * user agent and a logger that redacts credentials. Retry is not an interceptor.
 */
package io.shiftlead.connectors.zammad.http;
